import type { MrtCareerPath } from "../dist/components/career-path/career-path.js";
import type { MrtCareerProfile } from "../dist/components/career-profile/career-profile.js";
import type { MrtOutlookGauge } from "../dist/components/outlook-gauge/outlook-gauge.js";
import type { MrtSalaryCard } from "../dist/components/salary-card/salary-card.js";
import type { MrtSalaryRange } from "../dist/components/salary-range/salary-range.js";
import type { MrtStateWages } from "../dist/components/state-wages/state-wages.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type MrtCareerPathProps = {
  /** Id of a built-in profile. */
  occupation?: MrtCareerPath["occupation"];
  /** URL of a profile JSON document; takes precedence over `occupation`. */
  src?: MrtCareerPath["src"];
  /** How long to wait for `src`, in milliseconds. */
  "src-timeout"?: MrtCareerPath["srcTimeout"];
  /** BCP 47 locale for numbers and text; default: the nearest `lang`, else `en-US`. */
  locale?: MrtCareerPath["locale"];
  /** `light`, `dark`, or `auto` (the reader's system setting). */
  theme?: MrtCareerPath["theme"];
  /** Id of the step marked as where the reader is; default: the profile's own occupation. */
  current?: MrtCareerPath["current"];
  /** Level of the headings of its sections (related careers), 1–6; 2 suits a page whose only heading above is its h1. */
  "heading-level"?: MrtCareerPath["headingLevel"];
  /** A profile object; takes precedence over everything else. */
  data?: MrtCareerPath["data"];
  /** The reader chose a step (click, Enter or Space). `detail` is `{ id, title }`. Not fired when `current` is set by script. */
  "onmrt-step-select"?: (e: CustomEvent<import("../dist/events/step-select.js").MrtStepSelectEvent["detail"]>) => void;
  /** The profile could not be loaded, or its career path is missing or invalid. `detail` lists each problem with its path. */
  "onmrt-data-error"?: (e: CustomEvent<import("../dist/events/data-error.js").MrtDataErrorEvent["detail"]>) => void;
};

export type MrtCareerProfileProps = {
  /** Id of a built-in profile. */
  occupation?: MrtCareerProfile["occupation"];
  /** URL of a profile JSON document; takes precedence over `occupation`. */
  src?: MrtCareerProfile["src"];
  /** How long to wait for `src`, in milliseconds. */
  "src-timeout"?: MrtCareerProfile["srcTimeout"];
  /** BCP 47 locale for numbers and text; default: the nearest `lang`, else `en-US`. */
  locale?: MrtCareerProfile["locale"];
  /** `light`, `dark`, or `auto` (the reader's system setting). */
  theme?: MrtCareerProfile["theme"];
  /** Level of the occupation's heading (1–6); the parts' headings are one level below. */
  "heading-level"?: MrtCareerProfile["headingLevel"];
  /** A profile object; takes precedence over everything else. */
  data?: MrtCareerProfile["data"];
  /** The profile could not be loaded, or parts of it are not shown. One event for the whole profile; `detail` lists each problem with its path. */
  "onmrt-data-error"?: (e: CustomEvent<import("../dist/events/data-error.js").MrtDataErrorEvent["detail"]>) => void;
  /** From the salary card: the reader switched between annual and hourly pay. */
  "onmrt-basis-change"?: (
    e: CustomEvent<import("../dist/events/basis-change.js").MrtBasisChangeEvent["detail"]>,
  ) => void;
  /** From the state map: the reader chose a state. */
  "onmrt-state-select"?: (
    e: CustomEvent<import("../dist/events/state-select.js").MrtStateSelectEvent["detail"]>,
  ) => void;
  /** From the career path: the reader opened a step. */
  "onmrt-step-select"?: (e: CustomEvent<import("../dist/events/step-select.js").MrtStepSelectEvent["detail"]>) => void;
};

export type MrtOutlookGaugeProps = {
  /** Id of a built-in profile. */
  occupation?: MrtOutlookGauge["occupation"];
  /** URL of a profile JSON document; takes precedence over `occupation`. */
  src?: MrtOutlookGauge["src"];
  /** How long to wait for `src`, in milliseconds. */
  "src-timeout"?: MrtOutlookGauge["srcTimeout"];
  /** BCP 47 locale for numbers and text; default: the nearest `lang`, else `en-US`. */
  locale?: MrtOutlookGauge["locale"];
  /** `light`, `dark`, or `auto` (the reader's system setting). */
  theme?: MrtOutlookGauge["theme"];
  /** Id of a career step of the profile to mark for comparison, e.g. `health-services-manager`. */
  compare?: MrtOutlookGauge["compare"];
  /** A profile object; takes precedence over everything else. */
  data?: MrtOutlookGauge["data"];
  /** The profile could not be loaded, or its projection is missing or invalid. `detail` lists each problem with its path. */
  "onmrt-data-error"?: (e: CustomEvent<import("../dist/events/data-error.js").MrtDataErrorEvent["detail"]>) => void;
};

export type MrtSalaryCardProps = {
  /** Id of a built-in profile. */
  occupation?: MrtSalaryCard["occupation"];
  /** URL of a profile JSON document; takes precedence over `occupation`. */
  src?: MrtSalaryCard["src"];
  /** How long to wait for `src`, in milliseconds. */
  "src-timeout"?: MrtSalaryCard["srcTimeout"];
  /** BCP 47 locale for numbers and text; default: the nearest `lang`, else `en-US`. */
  locale?: MrtSalaryCard["locale"];
  /** `light`, `dark`, or `auto` (the reader's system setting). */
  theme?: MrtSalaryCard["theme"];
  /** `annual` or `hourly` pay; the reader can switch. Unset: annual, or hourly where the profile has
hourly figures only. */
  basis?: MrtSalaryCard["basis"];
  /** Level of the card's heading (1–6); its section headings are one level below. */
  "heading-level"?: MrtSalaryCard["headingLevel"];
  /** A profile object; takes precedence over everything else. */
  data?: MrtSalaryCard["data"];
  /** The profile could not be loaded, or figures in it are not shown. `detail` lists each problem with its path. */
  "onmrt-data-error"?: (e: CustomEvent<import("../dist/events/data-error.js").MrtDataErrorEvent["detail"]>) => void;
  /** The reader switched between annual and hourly pay. `detail.basis` is the new basis. Not fired when `basis` is set by script. */
  "onmrt-basis-change"?: (
    e: CustomEvent<import("../dist/events/basis-change.js").MrtBasisChangeEvent["detail"]>,
  ) => void;
};

export type MrtSalaryRangeProps = {
  /** Id of a built-in profile. */
  occupation?: MrtSalaryRange["occupation"];
  /** URL of a profile JSON document; takes precedence over `occupation`. */
  src?: MrtSalaryRange["src"];
  /** How long to wait for `src`, in milliseconds. */
  "src-timeout"?: MrtSalaryRange["srcTimeout"];
  /** BCP 47 locale for numbers and text; default: the nearest `lang`, else `en-US`. */
  locale?: MrtSalaryRange["locale"];
  /** `light`, `dark`, or `auto` (the reader's system setting). */
  theme?: MrtSalaryRange["theme"];
  /** `annual` or `hourly` pay. Unset: annual, or hourly where the profile has hourly figures only. */
  basis?: MrtSalaryRange["basis"];
  /** A profile object; takes precedence over everything else. */
  data?: MrtSalaryRange["data"];
  /** The profile could not be loaded, or figures in it are not shown. `detail` lists each problem with its path. */
  "onmrt-data-error"?: (e: CustomEvent<import("../dist/events/data-error.js").MrtDataErrorEvent["detail"]>) => void;
};

export type MrtStateWagesProps = {
  /** Id of a built-in profile. */
  occupation?: MrtStateWages["occupation"];
  /** URL of a profile JSON document; takes precedence over `occupation`. */
  src?: MrtStateWages["src"];
  /** How long to wait for `src`, in milliseconds. */
  "src-timeout"?: MrtStateWages["srcTimeout"];
  /** BCP 47 locale for numbers and text; default: the nearest `lang`, else `en-US`. */
  locale?: MrtStateWages["locale"];
  /** `light`, `dark`, or `auto` (the reader's system setting). */
  theme?: MrtStateWages["theme"];
  /** The figure that colours the map: `annual` (mean pay), `hourly` (mean pay) or `employment`. With the
top states only, the pay they are ranked and drawn by (`employment`: annual pay). Unset: annual,
or hourly where the rows have hourly means only. */
  metric?: MrtStateWages["metric"];
  /** `both`, `map` or `table`; the table is always there for screen readers. */
  view?: MrtStateWages["view"];
  /** USPS code of the selected state (`NJ`), shown in the map and the table. */
  selected?: MrtStateWages["selected"];
  /** Level of the heading, 1–6; the metro areas' heading is one below. */
  "heading-level"?: MrtStateWages["headingLevel"];
  /** A profile object; takes precedence over everything else. */
  data?: MrtStateWages["data"];
  /** The reader chose a state (click, tap or Enter on a tile or a row). `detail` is the state's row. Not fired when `selected` is set by script. */
  "onmrt-state-select"?: (
    e: CustomEvent<import("../dist/events/state-select.js").MrtStateSelectEvent["detail"]>,
  ) => void;
  /** The profile could not be loaded, or state rows in it are invalid (the valid rows still draw). `detail` lists each problem with its path. */
  "onmrt-data-error"?: (e: CustomEvent<import("../dist/events/data-error.js").MrtDataErrorEvent["detail"]>) => void;
};

export type CustomElements = {
  /**
   * Career-path stepper: training, this occupation, next steps, related careers.
   * ---
   *
   *
   * ### **Events:**
   *  - **mrt-step-select** - The reader chose a step (click, Enter or Space). `detail` is `{ id, title }`. Not fired when `current` is set by script.
   * - **mrt-data-error** - The profile could not be loaded, or its career path is missing or invalid. `detail` lists each problem with its path.
   *
   * ### **CSS Properties:**
   *  - **--mrt-accent** - The current step's circle; focus rings. _(default: light-dark(#1d5fbf, #74a9f7))_
   * - **--mrt-accent-text** - The number in the current step's circle. _(default: light-dark(#ffffff, #0d1117))_
   * - **--mrt-text** - Text. _(default: light-dark(#1b1f24, #e6e9ed))_
   * - **--mrt-muted** - Secondary text, circles and connectors. _(default: light-dark(#57606a, #a4adb8))_
   * - **--mrt-surface** - Background. _(default: light-dark(#ffffff, #16191d))_
   * - **--mrt-grid** - Rules. _(default: light-dark(#d5dae0, #3a4048))_
   * - **--mrt-error** - Data-problem message. _(default: light-dark(#b42318, #ff9c8f))_
   * - **--mrt-font-family** - Font; the page's font by default. _(default: inherit)_
   * - **--mrt-padding** - Inset of the element's content (0 inside a career profile). _(default: 16px)_
   * - **--mrt-font-size** - Base font size: by default the size of the text around the element. _(default: 1em)_
   *
   * ### **CSS Parts:**
   *  - **steps** - The ordered list of steps.
   * - **step** - One step's button.
   * - **marker** - A step's numbered circle.
   * - **details** - A step's expanded details.
   * - **related** - The related careers.
   * - **message** - The visible message about data problems.
   * - **source** - The source and reference period lines.
   */
  "mrt-career-path": Partial<MrtCareerPathProps & BaseProps & BaseEvents>;

  /**
   * Career profile: salary card, outlook gauge, state wages and career path of one occupation.
   * ---
   *
   *
   * ### **Events:**
   *  - **mrt-data-error** - The profile could not be loaded, or parts of it are not shown. One event for the whole profile; `detail` lists each problem with its path.
   * - **mrt-basis-change** - From the salary card: the reader switched between annual and hourly pay.
   * - **mrt-state-select** - From the state map: the reader chose a state.
   * - **mrt-step-select** - From the career path: the reader opened a step.
   *
   * ### **CSS Properties:**
   *  - **--mrt-accent** - Accent colour of every part. _(default: light-dark(#1d5fbf, #74a9f7))_
   * - **--mrt-text** - Text. _(default: light-dark(#1b1f24, #e6e9ed))_
   * - **--mrt-muted** - Secondary text. _(default: light-dark(#57606a, #a4adb8))_
   * - **--mrt-surface** - Background. _(default: light-dark(#ffffff, #16191d))_
   * - **--mrt-gap** - Space between the parts. _(default: 24px)_
   * - **--mrt-font-family** - Font; the page's font by default. _(default: inherit)_
   * - **--mrt-font-size** - Base font size: by default the size of the text around the element. _(default: 1em)_
   * - **--mrt-padding** - Inset of the element's content (0 inside a career profile). _(default: 16px)_
   *
   * ### **CSS Parts:**
   *  - **title** - The occupation's title, the profile's heading.
   * - **card** - The `<mrt-salary-card>` (style inside it with its own parts).
   * - **gauge** - The `<mrt-outlook-gauge>`.
   * - **states** - The `<mrt-state-wages>`.
   * - **path** - The `<mrt-career-path>`.
   * - **message** - The visible message about data problems.
   * - **source** - The sources of every section, with reference periods.
   */
  "mrt-career-profile": Partial<MrtCareerProfileProps & BaseProps & BaseEvents>;

  /**
   * Job-outlook gauge: projected growth against the all-occupations average.
   * ---
   *
   *
   * ### **Events:**
   *  - **mrt-data-error** - The profile could not be loaded, or its projection is missing or invalid. `detail` lists each problem with its path.
   *
   * ### **CSS Properties:**
   *  - **--mrt-accent** - The value arc. _(default: light-dark(#1d5fbf, #74a9f7))_
   * - **--mrt-text** - Text and the average tick. _(default: light-dark(#1b1f24, #e6e9ed))_
   * - **--mrt-muted** - Secondary text and the comparison tick. _(default: light-dark(#57606a, #a4adb8))_
   * - **--mrt-surface** - Background. _(default: light-dark(#ffffff, #16191d))_
   * - **--mrt-grid** - The half ring's track. _(default: light-dark(#d5dae0, #3a4048))_
   * - **--mrt-error** - Data-problem message. _(default: light-dark(#b42318, #ff9c8f))_
   * - **--mrt-font-family** - Font; the page's font by default. _(default: inherit)_
   * - **--mrt-padding** - Inset of the element's content (0 inside a career profile). _(default: 16px)_
   * - **--mrt-font-size** - Base font size: by default the size of the text around the element. _(default: 1em)_
   *
   * ### **CSS Parts:**
   *  - **label** - The gauge's label ("Projected change in employment, 2016–26"), which also names the meter.
   * - **gauge** - The figure: the meter, its wording, the key, the jobs added and the openings.
   * - **meter** - The element with `role="meter"`.
   * - **track** - The half ring.
   * - **value** - The arc of the projected change.
   * - **average** - The all-occupations average tick.
   * - **compare** - The comparison tick (with `compare`).
   * - **wording** - The published wording or the comparison in numbers.
   * - **jobs** - Jobs added, with employment from and to.
   * - **message** - The visible message about data problems.
   * - **source** - The source and reference period line.
   */
  "mrt-outlook-gauge": Partial<MrtOutlookGaugeProps & BaseProps & BaseEvents>;

  /**
   * Salary card: median pay, range bar, mean, employment, pay by work setting.
   * ---
   *
   *
   * ### **Events:**
   *  - **mrt-data-error** - The profile could not be loaded, or figures in it are not shown. `detail` lists each problem with its path.
   * - **mrt-basis-change** - The reader switched between annual and hourly pay. `detail.basis` is the new basis. Not fired when `basis` is set by script.
   *
   * ### **CSS Properties:**
   *  - **--mrt-accent** - The 25th–75th box, the switch, work-setting bars, links and focus rings. _(default: light-dark(#1d5fbf, #74a9f7))_
   * - **--mrt-accent-text** - Text on the accent colour. _(default: light-dark(#ffffff, #0d1117))_
   * - **--mrt-text** - Text, median dot and mean tick. _(default: light-dark(#1b1f24, #e6e9ed))_
   * - **--mrt-muted** - Secondary text and the 10th–90th line. _(default: light-dark(#57606a, #a4adb8))_
   * - **--mrt-surface** - Background. _(default: light-dark(#ffffff, #16191d))_
   * - **--mrt-grid** - Gridlines and rules. _(default: light-dark(#d5dae0, #3a4048))_
   * - **--mrt-error** - Data-problem message. _(default: light-dark(#b42318, #ff9c8f))_
   * - **--mrt-radius** - Corner radius of the switch. _(default: 6px)_
   * - **--mrt-padding** - Inset of every element used alone; here inside `::part(card)`, so a border set there goes around it. 0 inside a career profile. _(default: 16px)_
   * - **--mrt-font-family** - Font; the page's font by default. _(default: inherit)_
   * - **--mrt-font-size** - Base font size: by default the size of the text around the element. _(default: 1em)_
   *
   * ### **CSS Parts:**
   *  - **card** - The whole card.
   * - **title** - The occupation's title.
   * - **switch** - The annual/hourly switch.
   * - **headline** - The median pay figure and its label.
   * - **range** - The salary-range figure.
   * - **chart** - The SVG bar.
   * - **box** - The 25th–75th percentile box.
   * - **whisker** - The 10th–90th percentile line.
   * - **median** - The median dot.
   * - **mean** - The mean tick.
   * - **sentence** - The sentence that states the range in words.
   * - **table** - The table of percentiles, in a disclosure ("Show the figures").
   * - **stats** - Mean pay and number employed.
   * - **settings** - Pay by work setting.
   * - **message** - The visible message about data problems.
   * - **source** - The source and reference period lines.
   */
  "mrt-salary-card": Partial<MrtSalaryCardProps & BaseProps & BaseEvents>;

  /**
   * Salary-range bar: percentiles, median and mean of one occupation's pay.
   * ---
   *
   *
   * ### **Events:**
   *  - **mrt-data-error** - The profile could not be loaded, or figures in it are not shown. `detail` lists each problem with its path.
   *
   * ### **CSS Properties:**
   *  - **--mrt-accent** - The 25th–75th box; links and focus rings. _(default: light-dark(#1d5fbf, #74a9f7))_
   * - **--mrt-text** - Text, median dot and mean tick. _(default: light-dark(#1b1f24, #e6e9ed))_
   * - **--mrt-muted** - Secondary text and the 10th–90th line. _(default: light-dark(#57606a, #a4adb8))_
   * - **--mrt-surface** - Background. _(default: light-dark(#ffffff, #16191d))_
   * - **--mrt-grid** - Gridlines. _(default: light-dark(#d5dae0, #3a4048))_
   * - **--mrt-error** - Data-problem message. _(default: light-dark(#b42318, #ff9c8f))_
   * - **--mrt-font-family** - Font; the page's font by default. _(default: inherit)_
   * - **--mrt-font-size** - Base font size: by default the size of the text around the element. _(default: 1em)_
   * - **--mrt-padding** - Inset of the element's content (0 inside a career profile). _(default: 16px)_
   *
   * ### **CSS Parts:**
   *  - **range** - The figure holding the chart, sentence and table.
   * - **chart** - The SVG bar.
   * - **box** - The 25th–75th percentile box.
   * - **whisker** - The 10th–90th percentile line.
   * - **median** - The median dot.
   * - **mean** - The mean tick.
   * - **sentence** - The sentence that states the range in words.
   * - **table** - The table of percentiles, in a disclosure ("Show the figures").
   * - **message** - The visible message about data problems.
   * - **source** - The source and reference period line.
   */
  "mrt-salary-range": Partial<MrtSalaryRangeProps & BaseProps & BaseEvents>;

  /**
   * State wages: an equal-tile US map joined to a sortable table, and metro areas.
   * ---
   *
   *
   * ### **Events:**
   *  - **mrt-state-select** - The reader chose a state (click, tap or Enter on a tile or a row). `detail` is the state's row. Not fired when `selected` is set by script.
   * - **mrt-data-error** - The profile could not be loaded, or state rows in it are invalid (the valid rows still draw). `detail` lists each problem with its path.
   *
   * ### **CSS Properties:**
   *  - **--mrt-accent** - Focus rings; the marked tiles and the bars of a profile with the top states only. _(default: light-dark(#1d5fbf, #74a9f7))_
   * - **--mrt-accent-text** - Rank and code on a marked tile. _(default: light-dark(#ffffff, #0d1117))_
   * - **--mrt-text** - Text. _(default: light-dark(#1b1f24, #e6e9ed))_
   * - **--mrt-muted** - Outline of states not in the dataset; codes of unmarked tiles. _(default: light-dark(#57606a, #a4adb8))_
   * - **--mrt-surface** - Background. _(default: light-dark(#ffffff, #16191d))_
   * - **--mrt-grid** - Table rules; outline of unmarked tiles. _(default: light-dark(#d5dae0, #3a4048))_
   * - **--mrt-font-family** - Font; the page's font by default. _(default: inherit)_
   * - **--mrt-padding** - Inset of the element's content (0 inside a career profile). _(default: 16px)_
   *
   * ### **CSS Parts:**
   *  - **map** - The tile map.
   * - **tile** - One state's tile.
   * - **legend** - The colour legend.
   * - **table** - The table of states.
   * - **bar** - A bar of the ranked list (a profile with the top states only).
   * - **metros** - The metro areas.
   * - **message** - The visible message about data problems.
   * - **source** - The source and reference period lines.
   */
  "mrt-state-wages": Partial<MrtStateWagesProps & BaseProps & BaseEvents>;
};

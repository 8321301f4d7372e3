import { css } from 'lit';

/** The segmented switch (radio buttons in a fieldset) of the card's basis and the state map's view. */
export const switchStyles = css`
  .switch {
    display: inline-flex;
    /* Large text in a narrow column: the options go onto a second line rather than past the edge. */
    flex-wrap: wrap;
    max-inline-size: 100%;
    box-sizing: border-box;
    margin: 0;
    padding: 2px;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    min-inline-size: auto;
  }
  .switch label {
    position: relative;
    display: block;
  }
  .switch input {
    position: absolute;
    inset: 0;
    opacity: 0;
    margin: 0;
    cursor: pointer;
  }
  .switch span {
    display: block;
    padding: 4px 12px;
    border-radius: calc(var(--_radius) - 2px);
    font-size: 0.875em;
    color: var(--_accent);
  }
  /* Only a reader's choice is animated, not the basis a profile arriving selects. */
  .switch:is(:hover, :focus-within) span {
    transition: background-color 0.15s;
  }
  .switch input:checked + span {
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  .switch input:focus-visible + span {
    outline: 2px solid var(--_accent);
    outline-offset: 4px;
  }
  .switch:disabled {
    opacity: 0.6;
  }
  .switch.pending {
    visibility: hidden;
  }
  @media (forced-colors: active) {
    .switch input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .switch {
      display: none;
    }
  }
`;

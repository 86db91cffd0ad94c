/**
 * Where keyboard focus goes after an action the user started (WCAG 2.4.3): to its result — the
 * message bar, the check's verdict, the fill's result — never to <body>, where a keyboard or
 * screen-reader user would have to search the pane from the top. Only actions the user started
 * move focus; a live check or refill after a co-author's edit leaves it where it is.
 */
import { createContext, useContext, useEffect, useRef } from "react";

/** The elements that can receive focus after an action. */
export type FocusTarget = "notice" | "check" | "fill" | "heading";

/** One request to focus a target; `serial` makes every request new. */
export interface FocusRequest {
  readonly target: FocusTarget;
  readonly serial: number;
}

/** The pending request: set by useApp, cleared after one render. */
export const FocusRequestContext = createContext<FocusRequest | undefined>(undefined);

/**
 * Returns a ref for the element that is `target`; it is focused when a request for `target`
 * arrives while it is rendered. The element needs tabIndex={-1} unless it is focusable anyway.
 */
export function useFocusTarget<T extends HTMLElement>(target: FocusTarget) {
  const request = useContext(FocusRequestContext);
  const ref = useRef<T>(null);
  useEffect(() => {
    if (request?.target === target) ref.current?.focus();
  }, [request, target]);
  return ref;
}

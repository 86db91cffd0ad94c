import { levenshtein, suggestName } from "../../src/workbook/similar";

const MUNICIPALITIES = ["SG Ilmenau", "SG Gellersen", "SG Amelinghausen", "Stadt Bleckede"];

describe("levenshtein", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["ilmenu", "ilmenau", 1],
  ])("counts the edits from %j to %j: %i", (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
    expect(levenshtein(b, a)).toBe(distance);
  });
});

describe("suggestName", () => {
  it.each([
    ["SG Ilmenu", "SG Ilmenau"],
    ["sg ilmenau ", "SG Ilmenau"],
    ["Ilmenau", "SG Ilmenau"],
    ["Stadt Bleckde", "Stadt Bleckede"],
    ["SG Amelinghusen", "SG Amelinghausen"],
  ])("suggests for %j: %j", (typed, suggestion) => {
    expect(suggestName(typed, MUNICIPALITIES)).toBe(suggestion);
  });

  it.each([["Hansestadt Hamburg"], [""], ["SG"]])("suggests nothing for %j", (typed) => {
    expect(suggestName(typed, MUNICIPALITIES)).toBeUndefined();
  });
});

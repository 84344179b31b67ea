package ducha.inspections;

/**
 * What an inspection's checklist results add up to.
 *
 * @param passed   pass/fail items passed plus scored items given their full score
 * @param failed   the other items with a result
 * @param score    points given over the scored items
 * @param maxScore points the scored items can give
 */
public record ChecklistScore(int passed, int failed, int score, int maxScore) {
}

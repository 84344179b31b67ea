package ducha.cases;

/**
 * A case on the long-pending list with its age and the rule that flagged it.
 *
 * @param record  the case
 * @param ageDays days since filing on the day the list was computed
 * @param rule    the rule that applies to the case
 */
public record WatchListEntry(CaseRecord record, long ageDays, WatchRule rule) {
}

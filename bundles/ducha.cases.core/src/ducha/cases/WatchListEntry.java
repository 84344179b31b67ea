package ducha.cases;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

import ducha.cases.internal.Messages;

/**
 * A case on the long-pending list with its age and the rule that flagged it.
 *
 * @param record  the case
 * @param ageDays days since filing on the day the list was computed
 * @param rule    the rule that applies to the case
 */
public record WatchListEntry(CaseRecord record, long ageDays, WatchRule rule) {

	/**
	 * The day the case became long-pending: its filing date plus the rule's {@link WatchRule#flagAfterDays()}. The
	 * list is ordered by it, most overdue first.
	 */
	public LocalDate flagDate() {
		return record.filingDate().plusDays(rule.flagAfterDays());
	}

	/**
	 * The share of the statutory limit the case has used, in percent (rounded down); -1 for a rule counting days.
	 */
	public long limitUsedPercent() {
		return rule.basis() == WatchBasis.LIMIT_SHARE ? ageDays * 100 / rule.thresholdDays() : -1;
	}

	/**
	 * What the lists show beside the case: the rule's label, and for a rule on a share of the limit the share the case
	 * has really used ("简易程序审限已用 80%" alone would understate a case 725 days open).
	 */
	public String reason() {
		long used = limitUsedPercent();
		return used < 0 ? rule.label() : NLS.bind(Messages.ruleReached, rule.label(), used);
	}
}

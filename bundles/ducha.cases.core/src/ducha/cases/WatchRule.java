package ducha.cases;

import java.util.Arrays;
import java.util.Objects;

/**
 * A long-pending rule (长期未结案规则) of the configurable table: open cases of a type and procedure (null: any) are
 * flagged once they reach {@link #flagAfterDays()} days since filing. The type is a code of the case-type table or
 * the label of a family (大类), which covers every code of the family: one rule for all 执行 cases (执, 执恢, 执保 …).
 *
 * @param id                stored id, 0 for a new rule
 * @param caseType          case type code, e.g. 民初, or a family's label, e.g. 民事, or null for any type
 * @param procedure         审理程序, e.g. 简易, or null for any
 * @param basis             days since filing, or share of the statutory limit
 * @param thresholdDays     {@link WatchBasis#DAYS}: the days; {@link WatchBasis#LIMIT_SHARE}: the statutory limit
 * @param limitSharePercent {@link WatchBasis#LIMIT_SHARE}: the share in percent (1..100+), otherwise null
 * @param label             what users read beside a flagged case, e.g. 简易程序审限已用 80%
 * @param version           the stored version this view was read at, named when the rule is changed or deleted;
 *                          0 for a new rule
 */
public record WatchRule(long id, String caseType, String procedure, WatchBasis basis, int thresholdDays,
		Integer limitSharePercent, String label, long version) {

	public WatchRule {
		Objects.requireNonNull(basis, "basis");
		Objects.requireNonNull(label, "label");
		if (thresholdDays <= 0) {
			throw new IllegalArgumentException("thresholdDays must be positive: " + thresholdDays);
		}
		if (basis == WatchBasis.LIMIT_SHARE && (limitSharePercent == null || limitSharePercent <= 0)) {
			throw new IllegalArgumentException("a LIMIT_SHARE rule needs a positive percentage");
		}
	}

	/** A rule as typed in, not read from the database (version 0: a new rule). */
	public WatchRule(long id, String caseType, String procedure, WatchBasis basis, int thresholdDays,
			Integer limitSharePercent, String label) {
		this(id, caseType, procedure, basis, thresholdDays, limitSharePercent, label, 0);
	}

	/** Days since filing from which a case is flagged: the share of the limit is rounded up to whole days. */
	public int flagAfterDays() {
		if (basis == WatchBasis.DAYS) {
			return thresholdDays;
		}
		return (thresholdDays * limitSharePercent + 99) / 100;
	}

	/** Whether the rule covers cases of this type code and procedure. */
	public boolean covers(String type, String caseProcedure) {
		return coversType(type) && (procedure == null || procedure.equals(caseProcedure));
	}

	private boolean coversType(String type) {
		if (caseType == null || caseType.equals(type)) {
			return true;
		}
		return namesFamily() && CaseType.find(type).map(t -> t.family().label().equals(caseType)).orElse(false);
	}

	/** Whether the rule's type is a family's label (民事) rather than a single code (民初). */
	public boolean namesFamily() {
		return caseType != null && Arrays.stream(CaseFamily.values()).anyMatch(f -> f.label().equals(caseType));
	}

	/**
	 * How narrow the rule is, so that the narrowest covering rule decides: a code counts 4, a family 2, a procedure
	 * 1 (code and procedure 5, code 4, family and procedure 3, family 2, procedure 1, the catch-all rule 0).
	 */
	public int specificity() {
		int type = caseType == null ? 0 : namesFamily() ? 2 : 4;
		return type + (procedure == null ? 0 : 1);
	}
}

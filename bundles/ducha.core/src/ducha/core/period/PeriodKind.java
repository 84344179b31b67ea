package ducha.core.period;

/** The spans the office reports over. */
public enum PeriodKind {
	MONTH, QUARTER, HALF_YEAR, YEAR, CUSTOM
}

package ducha.core.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A closed span of days [from, to], the unit every report, count and filter works on. A record's own date is
 * inside the period when {@code from <= date <= to} (both ends inclusive, as REPORT-METRICS.md requires).
 */
public record Period(PeriodKind kind, LocalDate from, LocalDate to) {

	public Period {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
		}
	}

	public static Period of(LocalDate from, LocalDate to) {
		return new Period(PeriodKind.CUSTOM, from, to);
	}

	public static Period month(YearMonth month) {
		return new Period(PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth());
	}

	/** @param quarter 1..4 */
	public static Period quarter(int year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
		}
		YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
		return new Period(PeriodKind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
	}

	/** @param half 1 (January to June) or 2 (July to December) */
	public static Period halfYear(int year, int half) {
		if (half != 1 && half != 2) {
			throw new IllegalArgumentException("half must be 1 or 2: " + half);
		}
		YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
		return new Period(PeriodKind.HALF_YEAR, first.atDay(1), first.plusMonths(5).atEndOfMonth());
	}

	public static Period year(int year) {
		return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The quarter that contains the given day. */
	public static Period quarterOf(LocalDate day) {
		return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	public boolean contains(LocalDate day) {
		return day != null && !day.isBefore(from) && !day.isAfter(to);
	}

	/** Chinese label as the office writes it: 2024年, 2024年上半年, 2024年第一季度, 2024年3月, 2024-01-05至2024-02-01. */
	public String label() {
		return switch (kind) {
		case YEAR -> from.getYear() + "年";
		case HALF_YEAR -> from.getYear() + (from.getMonthValue() == 1 ? "年上半年" : "年下半年");
		case QUARTER -> from.getYear() + "年第" + "一二三四".charAt((from.getMonthValue() - 1) / 3) + "季度";
		case MONTH -> from.getYear() + "年" + from.getMonthValue() + "月";
		case CUSTOM -> from + "至" + to;
		};
	}
}

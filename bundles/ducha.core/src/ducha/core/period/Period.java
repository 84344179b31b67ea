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

	/**
	 * The period from/to; a span that is exactly a calendar year, half-year, quarter or month gets that kind (so
	 * {@code --from 2024-01-01 --to 2024-12-31} is labelled 2024年, as the office writes it), any other span is
	 * {@link PeriodKind#CUSTOM}.
	 */
	public static Period of(LocalDate from, LocalDate to) {
		Period custom = new Period(PeriodKind.CUSTOM, from, to);
		if (from.getDayOfMonth() != 1 || !to.equals(YearMonth.from(to).atEndOfMonth())) {
			return custom;
		}
		int year = from.getYear();
		int months = (to.getYear() - year) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
		int firstMonth = from.getMonthValue();
		return switch (months) {
		case 12 -> firstMonth == 1 ? year(year) : custom;
		case 6 -> firstMonth == 1 || firstMonth == 7 ? halfYear(year, firstMonth == 1 ? 1 : 2) : custom;
		case 3 -> (firstMonth - 1) % 3 == 0 ? quarter(year, (firstMonth - 1) / 3 + 1) : custom;
		case 1 -> month(YearMonth.from(from));
		default -> custom;
		};
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

package ducha.core.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ducha.core.Language;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.internal.ledger.ClosestValue;
import ducha.core.internal.ledger.LedgerAliases;
import ducha.core.internal.ledger.Messages;

/**
 * Collects every problem of a ledger file while a {@link LedgerKind} reads its rows, so that the file is rejected
 * once with all of them instead of one at a time. The typed getters record a problem and return null for a
 * missing required value or a value that does not parse; {@link #throwIfProblems()} ends the check.
 *
 * <pre>
 * LedgerRowValidator v = new LedgerRowValidator(table.fileName());
 * for (LedgerRow row : table.rows()) {
 * 	String no = v.text(row, NO, 20);
 * 	v.unique(row, NO, no);
 * 	LocalDate hired = v.date(row, HIRED, LocalDate.now());
 * 	...
 * }
 * v.throwIfProblems();
 * </pre>
 */
public final class LedgerRowValidator {

	private static final Pattern DATE = Pattern
			.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
	private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");
	private static final int STAFF_NO_LENGTH = 20;

	private final String fileName;
	private final List<LedgerProblem> problems = new ArrayList<>();
	private final Map<String, Map<String, Integer>> seen = new HashMap<>();
	private DepartmentNames departments;
	private LedgerAliases aliases;

	public LedgerRowValidator(String fileName) {
		this.fileName = fileName;
	}

	/** Records a problem of one cell ({@code column} null: of the whole row). */
	public void problem(LedgerRow row, LedgerColumn column, String reason) {
		problems.add(new LedgerProblem(fileName, row.rowNumber(), column == null ? null : column.header(), reason));
	}

	/**
	 * The cell's text, or null; a missing required value is a problem, and so is a value longer than the column's
	 * {@link LedgerColumn#maxLength()}.
	 */
	public String text(LedgerRow row, LedgerColumn column) {
		String value = row.get(column.key());
		if (value == null && column.required()) {
			problem(row, column, Messages.Validator_required);
		}
		return column.maxLength() > 0 ? notLongerThan(row, column, value, column.maxLength()) : value;
	}

	/** Like {@link #text(LedgerRow, LedgerColumn)}, and texts longer than {@code maxLength} are a problem. */
	public String text(LedgerRow row, LedgerColumn column, int maxLength) {
		return notLongerThan(row, column, text(row, column), maxLength);
	}

	private String notLongerThan(LedgerRow row, LedgerColumn column, String value, int maxLength) {
		if (value != null && value.length() > maxLength) {
			problem(row, column, Language.format(Messages.Validator_tooLong, value.length(), maxLength));
			return null;
		}
		return value;
	}

	/**
	 * A date written as 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 or 20240305.
	 *
	 * @param latest the last acceptable day (e.g. today for a hire date), or null
	 */
	public LocalDate date(LedgerRow row, LedgerColumn column, LocalDate latest) {
		String value = text(row, column);
		if (value == null) {
			return null;
		}
		LocalDate date = parseDate(value);
		if (date == null) {
			problem(row, column, Language.format(Messages.Validator_badDate, value));
			return null;
		}
		if (latest != null && date.isAfter(latest)) {
			problem(row, column, Language.format(Messages.Validator_dateAfter, date, latest));
			return null;
		}
		return date;
	}

	/** A whole number. */
	public Integer integer(LedgerRow row, LedgerColumn column) {
		String value = text(row, column);
		if (value == null) {
			return null;
		}
		if (!INTEGER.matcher(value).matches()) {
			problem(row, column, Language.format(Messages.Validator_notInteger, value));
			return null;
		}
		return Integer.valueOf(value);
	}

	/**
	 * One of a fixed set of values, or an alias of one: the list's own (see {@link ducha.core.Labelled#aliases()})
	 * or the court's ({@code ledger.aliases} in the data folder). A value that is neither is a problem naming the
	 * accepted values and the closest of them.
	 *
	 * @param parser   returns null for a text it does not accept (the enums' {@code parse} methods do)
	 * @param accepted the accepted values, as users should write them, e.g. 在职、借调、退休、调离
	 */
	public <T> T choice(LedgerRow row, LedgerColumn column, Function<String, T> parser, String accepted) {
		String value = text(row, column);
		if (value == null) {
			return null;
		}
		T parsed = parser.apply(value);
		if (parsed == null) {
			parsed = byAlias(value, parser);
		}
		if (parsed == null) {
			String closest = ClosestValue.among(value, accepted);
			problem(row, column, closest == null ? Language.format(Messages.Validator_badChoice, value, accepted)
					: Language.format(Messages.Validator_badChoiceClosest, value, accepted, closest));
		}
		return parsed;
	}

	/** The value that an alias of the court's {@link LedgerAliases} stands for, where the list accepts it. */
	private <T> T byAlias(String value, Function<String, T> parser) {
		if (aliases == null) {
			aliases = LedgerAliases.configured();
		}
		for (String standing : aliases.valuesOf(value)) {
			T parsed = parser.apply(standing);
			if (parsed != null) {
				return parsed;
			}
		}
		return null;
	}

	/** The directory's departments, read once for the file. */
	public DepartmentNames departments(DirectoryService directory) {
		if (departments == null) {
			departments = directory.departmentNames();
		}
		return departments;
	}

	/** A department by name or code, as its code; one that does not exist is a problem, never a guess. */
	public String department(LedgerRow row, LedgerColumn column, DirectoryService directory) {
		return department(row, column, departments(directory));
	}

	/** As {@link #department(LedgerRow, LedgerColumn, DirectoryService)}, from departments read before. */
	public String department(LedgerRow row, LedgerColumn column, DepartmentNames departments) {
		String value = text(row, column);
		String code = departments.code(value);
		if (value != null && code == null) {
			problem(row, column, Language.format(Messages.Validator_noDepartment, value));
		}
		return code;
	}

	/** A staff member by 工号; one not in the staff directory is a problem. */
	public Staff staff(LedgerRow row, LedgerColumn column, DirectoryService directory) {
		String staffNo = text(row, column, STAFF_NO_LENGTH);
		if (staffNo == null) {
			return null;
		}
		Staff staff = directory.staff(staffNo).orElse(null);
		if (staff == null) {
			problem(row, column, Language.format(Messages.Validator_noStaff, staffNo));
		}
		return staff;
	}

	/** Records a problem when the value already appeared in this column on an earlier row of the file. */
	public void unique(LedgerRow row, LedgerColumn column, String value) {
		if (value == null) {
			return;
		}
		Integer first = seen.computeIfAbsent(column.key(), k -> new HashMap<>()).putIfAbsent(value, row.rowNumber());
		if (first != null) {
			problem(row, column, Language.format(Messages.Validator_repeated, value, first));
		}
	}

	/** True when a problem was recorded for the row. */
	public boolean hasProblems(LedgerRow row) {
		// asked for every row of a file, mostly of a validator without problems: a loop, no stream
		for (LedgerProblem p : problems) {
			if (p.row() == row.rowNumber()) {
				return true;
			}
		}
		return false;
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	public List<LedgerProblem> problems() {
		return List.copyOf(problems);
	}

	/**
	 * @throws LedgerValidationException with every problem recorded, when there is any, in row order (checks
	 *                                   against other rows or stored records run after the cell checks, but users
	 *                                   read the list top to bottom like the file)
	 */
	public void throwIfProblems() {
		if (!problems.isEmpty()) {
			throw new LedgerValidationException(
					problems.stream().sorted(Comparator.comparingInt(LedgerProblem::row)).toList());
		}
	}

	/** yyyy-mm-dd with ASCII digits, nothing around it. */
	private static boolean isIsoShaped(String t) {
		if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			if (i != 4 && i != 7 && (t.charAt(i) < '0' || t.charAt(i) > '9')) {
				return false;
			}
		}
		return true;
	}

	/** The date of ASCII digits at these places (4, 2 and 2 of them), or null for a day that does not exist. */
	private static LocalDate date(String t, int year, int month, int day) {
		try {
			return LocalDate.of(Integer.parseInt(t, year, year + 4, 10), Integer.parseInt(t, month, month + 2, 10),
					Integer.parseInt(t, day, day + 2, 10));
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** The date in one of the formats {@link #date} accepts, or null. */
	public static LocalDate parseDate(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		if (isIsoShaped(t)) {
			// what exports write (2024-03-05), told without the patterns, which cost as much as the rest of a row;
			// the same date as the pattern DATE gives for it, and the same null for a day that does not exist
			return date(t, 0, 5, 8);
		}
		Matcher m = DATE.matcher(t);
		if (!m.matches()) {
			m = COMPACT_DATE.matcher(t);
			if (!m.matches()) {
				return null;
			}
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
		} catch (DateTimeException e) {
			return null;
		}
	}
}

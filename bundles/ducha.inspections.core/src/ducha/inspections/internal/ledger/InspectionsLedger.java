package ducha.inspections.internal.ledger;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import ducha.core.directory.DepartmentNames;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.inspections.InspectionPermissions;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;

/**
 * A ledger kind of the inspections plugin: the platform's {@link RecordLedgerKind} stored in the plugin's unit;
 * importing needs {@link InspectionPermissions#MANAGE} (the office keeps the ledgers), exporting
 * {@link InspectionPermissions#READ} and gives only what the reader may see. With the cells these ledgers share:
 * a date with a time, and lists of departments or 工号 in one cell (separated by 、 , ; or spaces).
 *
 * @param <R> what one row becomes
 */
abstract class InspectionsLedger<R> extends RecordLedgerKind<R> {

	private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\s]+");
	private static final Pattern TIME = Pattern.compile("(.*?)\\s+(\\d{1,2}):(\\d{2})");

	protected final InspectionsContext context;

	InspectionsLedger(InspectionsContext context, String id, String label, List<LedgerColumn> columns,
			LedgerColumn key) {
		super(id, label, columns, key);
		this.context = context;
	}

	@Override
	protected final LedgerStorage storage() {
		return context.storage(InspectionPermissions.MANAGE, InspectionPermissions.READ);
	}

	/** A day with an optional time, 2025-03-05 09:30 (9:00 when there is none); not after now. */
	protected static LocalDateTime dateTime(LedgerRowValidator v, LedgerRow row, LedgerColumn column) {
		String text = v.text(row, column);
		if (text == null) {
			return null;
		}
		Matcher m = TIME.matcher(text.strip());
		String day = m.matches() ? m.group(1) : text.strip();
		var date = LedgerRowValidator.parseDate(day);
		int hour = m.matches() ? Integer.parseInt(m.group(2)) : 9;
		int minute = m.matches() ? Integer.parseInt(m.group(3)) : 0;
		if (date == null || hour > 23 || minute > 59) {
			v.problem(row, column, NLS.bind(Messages.ledgerBadDateTime, text));
			return null;
		}
		LocalDateTime at = date.atTime(LocalTime.of(hour, minute));
		if (at.isAfter(LocalDateTime.now())) {
			v.problem(row, column, NLS.bind(Messages.ledgerFuture, text));
			return null;
		}
		return at;
	}

	/** The cell's items (empty list for an empty cell). */
	protected static List<String> items(LedgerRowValidator v, LedgerRow row, LedgerColumn column) {
		String text = v.text(row, column);
		return text == null ? List.of() : List.copyOf(new LinkedHashSet<>(List.of(SEPARATORS.split(text.strip()))));
	}

	/** The departments of the cell (names or codes) as codes; the unknown ones named in one problem. */
	protected List<String> departments(LedgerRowValidator v, LedgerRow row, LedgerColumn column,
			DepartmentNames names) {
		List<String> codes = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String item : items(v, row, column)) {
			String code = names.code(item);
			if (code == null) {
				unknown.add(item);
			} else {
				codes.add(code);
			}
		}
		if (!unknown.isEmpty()) {
			v.problem(row, column, NLS.bind(Messages.unknownDepartment, String.join("、", unknown)));
		}
		return codes;
	}

	/** The 工号 of the cell, each in the staff directory (the unknown ones named in one problem). */
	protected List<String> staffList(LedgerRowValidator v, LedgerRow row, LedgerColumn column) {
		Set<String> numbers = new LinkedHashSet<>(items(v, row, column));
		List<String> unknown = numbers.stream().filter(no -> context.directory.staff(no).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			v.problem(row, column, NLS.bind(Messages.unknownStaff, String.join("、", unknown)));
		}
		return List.copyOf(numbers);
	}

	/** Department names of the codes as one cell. */
	protected static String departmentCell(DepartmentNames names, List<String> codes) {
		return String.join("、", codes.stream().map(names::name).toList());
	}
}

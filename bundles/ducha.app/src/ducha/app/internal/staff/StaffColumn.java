package ducha.app.internal.staff;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** The columns of the staff table, in display order; the index is the NatTable column index. */
enum StaffColumn {
	STAFF_NO(StaffRow::staffNo, 90), NAME(StaffRow::name, 90), DEPARTMENT(StaffRow::departmentName, 140),
	POSITION(StaffRow::position, 110), HIRE_DATE(StaffRow::hireDate, 100), STATUS(StaffRow::status, 80),
	ROLES(StaffRow::roles, 240);

	/** Chinese text sorts by pronunciation, as users expect in a name list. */
	private static final Collator COLLATOR = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

	private final Function<StaffRow, String> value;
	private final int width;

	StaffColumn(Function<StaffRow, String> value, int width) {
		this.value = value;
		this.width = width;
	}

	String value(StaffRow row) {
		String text = value.apply(row);
		return text == null ? "" : text;
	}

	/** The cell of an export: the 入职日期 as a day (a date cell in XLSX), every other column as shown. */
	Object cell(StaffRow row) {
		if (this == HIRE_DATE) {
			return row.hireDate() == null || row.hireDate().isEmpty() ? null : LocalDate.parse(row.hireDate());
		}
		return value(row);
	}

	int width() {
		return width;
	}

	String header() {
		return switch (this) {
		case STAFF_NO -> Messages.Staff_colStaffNo;
		case NAME -> Messages.Staff_colName;
		case DEPARTMENT -> Messages.Staff_colDepartment;
		case POSITION -> Messages.Staff_colPosition;
		case HIRE_DATE -> Messages.Staff_colHireDate;
		case STATUS -> Messages.Staff_colStatus;
		case ROLES -> Messages.Staff_colRoles;
		};
	}

	Comparator<StaffRow> comparator() {
		if (this == DEPARTMENT) {
			// departments sort in the court's own order, not alphabetically
			return Comparator.comparingInt(StaffRow::departmentOrder).thenComparing(StaffRow::departmentName);
		}
		if (this == STAFF_NO || this == HIRE_DATE) {
			return Comparator.comparing(this::value);
		}
		return Comparator.comparing(this::value, COLLATOR);
	}

	static String[] headers() {
		StaffColumn[] columns = values();
		String[] headers = new String[columns.length];
		for (StaffColumn column : columns) {
			headers[column.ordinal()] = column.header();
		}
		return headers;
	}
}

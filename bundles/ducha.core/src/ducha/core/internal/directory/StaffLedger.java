package ducha.core.internal.directory;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Labelled;
import ducha.core.Language;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerTable;
import ducha.core.security.Principal;

/** The 干警名册 ledger: 工号, 姓名, 部门, 职务, 入职日期, 在职状态; upserts by 工号. */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class StaffLedger extends DirectoryLedger<Staff> {

	static final LedgerColumn NO = new LedgerColumn("staffNo", "工号", true, "10001", "干警的固定工号，其他台账用它引用干警");
	static final LedgerColumn NAME = new LedgerColumn("name", "姓名", true, "张三", "").limit(DirectoryRules.NAME_LENGTH);
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "部门", true, "民事审判第一庭",
			"部门名称或部门编码，须已存在");
	static final LedgerColumn POSITION = new LedgerColumn("position", "职务", false, "审判员", "例如 庭长、审判员、法官助理、书记员")
			.limit(DirectoryRules.POSITION_LENGTH);
	static final LedgerColumn HIRED = new LedgerColumn("hireDate", "入职日期", false, "2015-07-01",
			"写作 2015-07-01、2015/7/1 或 2015年7月1日，不能晚于今天");
	static final LedgerColumn STATUS = new LedgerColumn("status", "在职状态", false, EmploymentStatus.ACTIVE.label(),
			Labelled.accepted(EmploymentStatus.class) + "，空则为在职");

	private static final List<LedgerColumn> COLUMNS = List.of(NO, NAME, DEPARTMENT, POSITION, HIRED, STATUS);

	@Activate
	public StaffLedger(@Reference DirectoryImporter directory) {
		super("staff", "干警名册", COLUMNS, NO, directory);
	}

	@Override
	protected Staff parse(LedgerRowValidator v, LedgerRow row) {
		String no = key(v, row, NO, DirectoryRules.STAFF_NO, Messages.Rules_badStaffNo);
		String name = v.text(row, NAME);
		String code = v.department(row, DEPARTMENT, directory);
		String position = v.text(row, POSITION);
		LocalDate hired = v.date(row, HIRED, LocalDate.now());
		EmploymentStatus status = v.choice(row, STATUS, EmploymentStatus::parse,
				Labelled.accepted(EmploymentStatus.class));
		return v.hasProblems(row) ? null
				: new Staff(no, name, code, position, hired, status == null ? EmploymentStatus.ACTIVE : status);
	}

	/** The directory stores and audits; the actor must keep to the departments it may maintain. */
	@Override
	protected LedgerImportResult store(LedgerTable table, LedgerRowValidator v, List<LedgerRow> rows,
			List<Staff> staff, Principal actor) {
		for (int i = 0; i < staff.size(); i++) {
			if (!directory.canMaintain(actor, staff.get(i).departmentCode())) {
				v.problem(rows.get(i), DEPARTMENT,
						Language.format(Messages.Ledger_notPermitted, rows.get(i).get(DEPARTMENT.key())));
			}
		}
		v.throwIfProblems();
		return result(table, directory.importStaff(staff, actor, table.fileName()));
	}

	@Override
	public List<List<String>> exportRows(Principal reader) {
		DepartmentNames departments = directory.departmentNames();
		return directory.staff(StaffQuery.ALL, reader).stream()
				.map(s -> List.of(s.staffNo(), s.name(), departments.name(s.departmentCode()),
						s.position() == null ? "" : s.position(), s.hireDate() == null ? "" : s.hireDate().toString(),
						s.status().label()))
				.toList();
	}
}

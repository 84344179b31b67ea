package ducha.core.internal.directory;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Labelled;
import ducha.core.Language;
import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerTable;
import ducha.core.security.Principal;

/** The 部门 ledger: 编码, 名称, 类型, 排序, 状态; upserts by 编码. */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class DepartmentLedger extends DirectoryLedger<Department> {

	static final String ACTIVE = "启用";
	static final String INACTIVE = "停用";

	static final LedgerColumn CODE = new LedgerColumn("code", "编码", true, "MS1", "部门的固定编码（字母、数字），其他台账用它引用部门");
	static final LedgerColumn NAME = new LedgerColumn("name", "名称", true, "民事审判第一庭", "部门名称，不可与其他部门重名")
			.limit(DirectoryRules.DEPARTMENT_NAME_LENGTH);
	static final LedgerColumn KIND = new LedgerColumn("kind", "类型", true, DepartmentKind.TRIAL.label(),
			Labelled.accepted(DepartmentKind.class));
	static final LedgerColumn ORDER = new LedgerColumn("sortOrder", "排序", false, "60", "列表中的位置（整数，小的在前），空则按文件中的顺序");
	static final LedgerColumn STATUS = new LedgerColumn("status", "状态", false, ACTIVE, "启用或停用，空则为启用");

	private static final List<LedgerColumn> COLUMNS = List.of(CODE, NAME, KIND, ORDER, STATUS);

	@Activate
	public DepartmentLedger(@Reference DirectoryImporter directory) {
		super("departments", "部门", COLUMNS, CODE, directory);
	}

	@Override
	protected Department parse(LedgerRowValidator v, LedgerRow row) {
		String code = key(v, row, CODE, DirectoryRules.DEPARTMENT_CODE, Messages.Rules_badDepartmentCode);
		String name = v.text(row, NAME);
		v.unique(row, NAME, name);
		String owner = name == null ? null : v.departments(directory).codeOfName(name);
		if (owner != null && code != null && !owner.equals(code)) {
			v.problem(row, NAME, Language.format(Messages.Ledger_nameTaken, owner));
		}
		DepartmentKind kind = v.choice(row, KIND, DepartmentKind::parse,
				Labelled.accepted(DepartmentKind.class));
		Integer order = v.integer(row, ORDER);
		Boolean active = v.choice(row, STATUS, DepartmentLedger::parseStatus, ACTIVE + "、" + INACTIVE);
		if (v.hasProblems(row)) {
			return null;
		}
		return new Department(code, name, kind, order == null ? row.rowNumber() * 10 : order, active == null || active);
	}

	/** The directory stores and audits. */
	@Override
	protected LedgerImportResult store(LedgerTable table, LedgerRowValidator v, List<LedgerRow> rows,
			List<Department> departments, Principal actor) {
		v.throwIfProblems();
		return result(table, directory.importDepartments(departments, actor, table.fileName()));
	}

	@Override
	public List<List<String>> exportRows(Principal reader) {
		return directory.departments().stream().map(d -> List.of(d.code(), d.name(), d.kind().label(),
				String.valueOf(d.sortOrder()), d.active() ? ACTIVE : INACTIVE)).toList();
	}

	private static Boolean parseStatus(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
		case ACTIVE, "正常", "true", "active" -> Boolean.TRUE;
		case INACTIVE, "撤销", "false", "inactive" -> Boolean.FALSE;
		default -> null;
		};
	}
}

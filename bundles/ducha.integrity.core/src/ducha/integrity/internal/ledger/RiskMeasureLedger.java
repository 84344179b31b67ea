package ducha.integrity.internal.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.Department;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import ducha.integrity.RiskLevel;
import ducha.integrity.RiskMeasure;
import ducha.integrity.internal.jpa.RiskMeasureEntity;

/** 风险防控清单 ({@code integrity.risk-measures}): one row per control measure; the office's list as exported. */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class RiskMeasureLedger extends RecordLedger<RiskMeasure> {

	static final LedgerColumn NO = new LedgerColumn("recordNo", "编号", true, "FX-001", "措施的固定编号");
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "部门", false, "立案庭",
			"部门名称或编码；全院通用的岗位留空");
	static final LedgerColumn POST = new LedgerColumn("post", "岗位", true, "立案登记岗", "");
	static final LedgerColumn RISK = new LedgerColumn("riskPoint", "风险点", true, "选择性立案、人情案", "");
	static final LedgerColumn LEVEL = new LedgerColumn("level", "风险等级", true, "高", "高、中、低");
	static final LedgerColumn MEASURE = new LedgerColumn("measure", "防控措施", true, "立案审查双人复核，系统留痕", "");
	static final LedgerColumn OWNER = new LedgerColumn("owner", "责任人", true, "立案庭庭长", "");
	static final LedgerColumn EFFECTIVE = new LedgerColumn("effectiveDate", "生效日期", true, "2024-01-01", "");
	static final LedgerColumn REVIEW = new LedgerColumn("reviewDate", "复核日期", true, "2024-07-01", "下次定期复核的日期");
	static final LedgerColumn RETIRED = new LedgerColumn("retiredDate", "停用日期", false, "", "措施停用的日期；有效的留空");
	static final LedgerColumn STATUS = new LedgerColumn("status", "状态", false, "有效", "有效、已停用；可留空，由停用日期决定");

	@Reference
	private LedgerSupport support;

	@Override
	public String id() {
		return "integrity.risk-measures";
	}

	@Override
	public String label() {
		return "风险防控清单";
	}

	@Override
	public List<LedgerColumn> columns() {
		return List.of(NO, DEPARTMENT, POST, RISK, LEVEL, MEASURE, OWNER, EFFECTIVE, REVIEW, RETIRED, STATUS);
	}

	@Override
	protected LedgerSupport support() {
		return support;
	}

	@Override
	protected LedgerColumn keyColumn() {
		return NO;
	}

	private Map<String, String> departments;

	@Override
	public synchronized ducha.core.ledger.LedgerImportResult importTable(ducha.core.ledger.LedgerTable table,
			Principal actor) {
		departments = support.departmentCodes();
		return super.importTable(table, actor);
	}

	@Override
	protected RiskMeasure parse(LedgerRowValidator v, LedgerRow row) {
		String department = v.text(row, DEPARTMENT);
		String code = department == null ? null : departments.get(department);
		if (department != null && code == null) {
			v.problem(row, DEPARTMENT, "没有名称或编码为“" + department + "”的部门");
		}
		String post = v.text(row, POST, 100);
		String risk = v.text(row, RISK, 500);
		RiskLevel level = v.choice(row, LEVEL, RiskLevel::parse, "高、中、低");
		String measure = v.text(row, MEASURE, 1000);
		String owner = v.text(row, OWNER, 100);
		LocalDate effective = v.date(row, EFFECTIVE, null);
		LocalDate review = v.date(row, REVIEW, null);
		LocalDate retired = v.date(row, RETIRED, null);
		if (effective != null && retired != null && retired.isBefore(effective)) {
			v.problem(row, RETIRED, "停用日期 " + retired + " 早于生效日期 " + effective);
		}
		Rows.status(v, row, STATUS, RETIRED, retired, "有效", "已停用");
		return v.hasProblems(row) ? null
				: new RiskMeasure(0, row.get(NO.key()), code, post, risk, level, measure, owner, effective, review,
						retired);
	}

	@Override
	protected boolean upsert(EntityManager em, RiskMeasure record) {
		RiskMeasureEntity entity = byKey(em, RiskMeasureEntity.class, "recordNo", record.recordNo());
		if (entity == null) {
			em.persist(new RiskMeasureEntity(record));
			return true;
		}
		entity.update(record);
		return false;
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		Map<String, String> names = new HashMap<>();
		support.directory.departments().forEach((Department d) -> names.put(d.code(), d.name()));
		LocalDate today = LocalDate.now();
		return em.createQuery("select m from RiskMeasureEntity m order by m.recordNo", RiskMeasureEntity.class)
				.getResultList().stream().map(RiskMeasureEntity::toRecord)
				.map(m -> List.of(m.recordNo(), cell(names.getOrDefault(m.departmentCode(), m.departmentCode())),
						m.post(), cell(m.riskPoint()), m.level().label(), cell(m.measure()), cell(m.owner()),
						m.effectiveDate().toString(), m.reviewDate().toString(), cell(m.retiredDate()),
						m.statusOn(today)))
				.toList();
	}
}

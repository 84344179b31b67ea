package ducha.integrity.internal.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DepartmentNames;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.integrity.RiskLevel;
import ducha.integrity.RiskMeasure;
import ducha.integrity.internal.jpa.RiskMeasureEntity;

/** 风险防控清单 ({@code integrity.risk-measures}): one row per control measure; the office's list as exported. */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class RiskMeasureLedger extends KeyedLedger<RiskMeasure, RiskMeasureEntity> {

	static final LedgerColumn NO = new LedgerColumn("recordNo", "编号", true, "FX-001", "措施的固定编号");
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "部门", false, "立案庭",
			"部门名称或编码；全院通用的岗位留空");
	static final LedgerColumn POST = new LedgerColumn("post", "岗位", true, "立案登记岗", "").limit(100);
	static final LedgerColumn RISK = new LedgerColumn("riskPoint", "风险点", true, "选择性立案、人情案", "").limit(500);
	static final LedgerColumn LEVEL = new LedgerColumn("level", "风险等级", true, "高", "高、中、低");
	static final LedgerColumn MEASURE = new LedgerColumn("measure", "防控措施", true, "立案审查双人复核，系统留痕", "").limit(1000);
	static final LedgerColumn OWNER = new LedgerColumn("owner", "责任人", true, "立案庭庭长", "").limit(100);
	static final LedgerColumn EFFECTIVE = new LedgerColumn("effectiveDate", "生效日期", true, "2024-01-01", "");
	static final LedgerColumn REVIEW = new LedgerColumn("reviewDate", "复核日期", true, "2024-07-01", "下次定期复核的日期");
	static final LedgerColumn RETIRED = new LedgerColumn("retiredDate", "停用日期", false, "", "措施停用的日期；有效的留空");
	static final LedgerColumn STATUS = new LedgerColumn("status", "状态", false, "有效", "有效、已停用；可留空，由停用日期决定");

	@Activate
	public RiskMeasureLedger(@Reference LedgerSupport support) {
		super(support, "integrity.risk-measures", "风险防控清单",
				List.of(NO, DEPARTMENT, POST, RISK, LEVEL, MEASURE, OWNER, EFFECTIVE, REVIEW, RETIRED, STATUS),
				RiskMeasureEntity.class, "recordNo", RiskMeasure::recordNo);
	}

	@Override
	protected RiskMeasure parse(LedgerRowValidator v, LedgerRow row) {
		String code = v.department(row, DEPARTMENT, support.directory);
		String post = v.text(row, POST);
		String risk = v.text(row, RISK);
		RiskLevel level = v.choice(row, LEVEL, RiskLevel::parse, "高、中、低");
		String measure = v.text(row, MEASURE);
		String owner = v.text(row, OWNER);
		LocalDate effective = v.date(row, EFFECTIVE, null);
		LocalDate review = v.date(row, REVIEW, null);
		LocalDate retired = v.date(row, RETIRED, null);
		Rows.notBefore(v, row, RETIRED, retired, EFFECTIVE, effective);
		Rows.status(v, row, STATUS, RETIRED, retired, "有效", "已停用");
		return v.hasProblems(row) ? null
				: new RiskMeasure(0, row.get(NO.key()), code, post, risk, level, measure, owner, effective, review,
						retired, 0);
	}

	@Override
	protected Function<RiskMeasure, List<String>> cells() {
		DepartmentNames departments = support.directory.departmentNames();
		LocalDate today = LocalDate.now();
		return m -> List.of(m.recordNo(), cell(departments.name(m.departmentCode())), m.post(), cell(m.riskPoint()),
				m.level().label(), cell(m.measure()), cell(m.owner()), m.effectiveDate().toString(),
				m.reviewDate().toString(), cell(m.retiredDate()), m.statusOn(today));
	}
}

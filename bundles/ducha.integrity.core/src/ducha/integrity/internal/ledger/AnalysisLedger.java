package ducha.integrity.internal.ledger;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DepartmentNames;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import ducha.integrity.IdeologyAnalysis;
import ducha.integrity.internal.Messages;
import ducha.integrity.internal.jpa.AnalysisEntity;

/**
 * 思想动态分析 ({@code integrity.analyses}): one row per department and quarter, which is also its key (there is
 * no 编号); a second row for the same department and quarter, in the file or stored, is updated, not added.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class AnalysisLedger extends IntegrityLedger<IdeologyAnalysis> {

	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "部门", true, "民事审判第一庭", "部门名称或代码");
	static final LedgerColumn YEAR = new LedgerColumn("year", "年度", true, "2024", "");
	static final LedgerColumn QUARTER = new LedgerColumn("quarter", "季度", true, "1", "1 到 4（也可写 第一季度、一季度、Q1）");
	static final LedgerColumn DATE = new LedgerColumn("date", "分析日期", true, "2024-03-28", "不能晚于今天");
	static final LedgerColumn FINDINGS = new LedgerColumn("findings", "思想动态", true, "干警思想总体稳定，个别干警工作压力较大",
			"分析发现的情况").limit(4000);
	static final LedgerColumn MEASURES = new LedgerColumn("measures", "工作措施", false, "开展谈心谈话，合理调配案件", "").limit(4000);

	@Activate
	public AnalysisLedger(@Reference LedgerSupport support) {
		super(support, "integrity.analyses", "思想动态分析",
				List.of(DEPARTMENT, YEAR, QUARTER, DATE, FINDINGS, MEASURES), null);
	}

	@Override
	protected IdeologyAnalysis parse(LedgerRowValidator v, LedgerRow row) {
		DepartmentNames departments = v.departments(support.directory);
		String code = v.department(row, DEPARTMENT, departments);
		Integer year = v.integer(row, YEAR);
		if (year != null && (year < 2000 || year > LocalDate.now().getYear())) {
			v.problem(row, YEAR, NLS.bind(Messages.ledgerYearRange, LocalDate.now().getYear()));
		}
		Integer quarter = v.choice(row, QUARTER, AnalysisLedger::quarter, Messages.ledgerQuarterChoices);
		LocalDate date = v.date(row, DATE, LocalDate.now());
		String findings = v.text(row, FINDINGS);
		String measures = v.text(row, MEASURES);
		if (code != null && year != null && quarter != null) {
			// keyed by code, so that a name in one row and the code in another still count as the same department
			v.unique(row, QUARTER,
					NLS.bind(Messages.ledgerQuarter, new Object[] { departments.name(code), year, quarter }));
		}
		return v.hasProblems(row) ? null : new IdeologyAnalysis(0, code, year, quarter, date, findings, measures);
	}

	/** 1..4 from 1, 第一季度, 一季度, Q1; null otherwise. */
	static Integer quarter(String text) {
		String t = text.strip().toUpperCase(java.util.Locale.ROOT).replace("第", "").replace("季度", "").replace("Q", "");
		int at = "一二三四".indexOf(t);
		if (t.length() == 1 && at >= 0) {
			return at + 1;
		}
		return t.matches("[1-4]") ? Integer.valueOf(t) : null;
	}

	@Override
	protected Stored upsert(EntityManager em, IdeologyAnalysis record) {
		AnalysisEntity stored = em.createQuery("select a from AnalysisEntity a where a.departmentCode = :code"
				+ " and a.year = :year and a.quarter = :quarter", AnalysisEntity.class)
				.setParameter("code", record.departmentCode()).setParameter("year", record.year())
				.setParameter("quarter", record.quarter()).getResultList().stream().findFirst().orElse(null);
		return upsert(em, AnalysisEntity.class, stored, record);
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		DepartmentNames departments = support.directory.departmentNames();
		return rows(em, AnalysisEntity.class, "year, quarter, departmentCode",
				a -> List.of(departments.name(a.departmentCode()), String.valueOf(a.year()), String.valueOf(a.quarter()),
						a.date().toString(), a.findings(), cell(a.measures())));
	}
}

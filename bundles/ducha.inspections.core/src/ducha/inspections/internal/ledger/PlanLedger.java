package ducha.inspections.internal.ledger;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Labelled;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionPermissions;
import ducha.inspections.InspectionPlan;
import ducha.inspections.InspectionSubject;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;
import ducha.inspections.internal.inspections.Records;
import ducha.inspections.internal.jpa.PlanEntity;

/** 督察计划台账 ({@code inspections.plans}): the year's plans keyed by 计划编号; read by the office only. */
@Component(service = LedgerKind.class)
public class PlanLedger extends InspectionsLedger<InspectionPlan> {

	static final LedgerColumn NO = new LedgerColumn("planNo", "计划编号", true, "2025-R03", "计划的固定编号").limit(20);
	static final LedgerColumn MONTH = new LedgerColumn("month", "月份", true, "2025-03", "YYYY-MM");
	static final LedgerColumn KIND = new LedgerColumn("kind", "督察类型", true, "例行督察",
			Labelled.accepted(InspectionKind.class));
	static final LedgerColumn SUBJECT = new LedgerColumn("subject", "督察内容", true, "作风纪律",
			Labelled.accepted(InspectionSubject.class));
	static final LedgerColumn THEME = new LedgerColumn("theme", "专项主题", false, "", "").limit(200);
	static final LedgerColumn ASSIGNEE = new LedgerColumn("assignee", "承办人", true, "行政综合督察组",
			"督察员（工号或姓名）或专业督察组名称").limit(100);
	static final LedgerColumn DUE = new LedgerColumn("due", "完成期限", true, "2025-03-31", "");
	static final LedgerColumn INSPECTION = new LedgerColumn("inspectionNo", "督察编号", false, "DC2025-007",
			"完成该计划的督察，须已在督察登记台账中").limit(30);

	@Activate
	public PlanLedger(@Reference InspectionsContext context) {
		super(context, "inspections.plans", "督察计划台账",
				List.of(NO, MONTH, KIND, SUBJECT, THEME, ASSIGNEE, DUE, INSPECTION), NO);
	}

	@Override
	protected String readPermission() {
		return InspectionPermissions.MANAGE;
	}

	@Override
	protected InspectionPlan parse(LedgerRowValidator v, LedgerRow row) {
		YearMonth month = month(v, row);
		InspectionKind kind = v.choice(row, KIND, InspectionKind::parse, Labelled.accepted(InspectionKind.class));
		InspectionSubject subject = v.choice(row, SUBJECT, InspectionSubject::parse,
				Labelled.accepted(InspectionSubject.class));
		String theme = v.text(row, THEME);
		String assignee = v.text(row, ASSIGNEE);
		var due = v.date(row, DUE, null);
		String inspection = v.text(row, INSPECTION);
		if (v.hasProblems(row)) {
			return null;
		}
		return new InspectionPlan(row.get(NO.key()), month, kind, subject, theme, assignee, due, inspection);
	}

	private static YearMonth month(LedgerRowValidator v, LedgerRow row) {
		String text = v.text(row, MONTH);
		if (text == null) {
			return null;
		}
		try {
			return YearMonth.parse(text.strip());
		} catch (DateTimeParseException e) {
			v.problem(row, MONTH, NLS.bind(Messages.ledgerBadMonth, text));
			return null;
		}
	}

	@Override
	protected List<InspectionPlan> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows,
			List<InspectionPlan> records) {
		for (int i = 0; i < records.size(); i++) {
			String no = records.get(i).inspectionNo();
			if (no != null && Records.inspection(em, no) == null) {
				v.problem(rows.get(i), INSPECTION, NLS.bind(Messages.inspectionNotFound, no));
			}
		}
		return records;
	}

	@Override
	protected Stored upsert(EntityManager em, InspectionPlan plan) {
		return insertOrUpdate(em, byKey(em, PlanEntity.class, "planNo", plan.planNo()), () -> new PlanEntity(plan),
				e -> e.update(plan));
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		return em.createQuery("select p from PlanEntity p order by p.due, p.planNo", PlanEntity.class)
				.getResultList().stream().map(PlanEntity::toRecord)
				.map(p -> List.of(p.planNo(), p.month().toString(), p.kind().label(), p.subject().label(), p.theme(),
						p.assignee(), p.due().toString(), cell(p.inspectionNo())))
				.toList();
	}
}

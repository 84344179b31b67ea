package ducha.inspections.internal.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Labelled;
import ducha.core.directory.DepartmentNames;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;
import ducha.inspections.internal.jpa.InspectionEntity;

/**
 * 督察登记台账 ({@code inspections.inspections}): the inspections keyed by 督察编号, without their checklist results
 * (a court's past year has none). An export holds what the reader may see: no unannounced inspection still open
 * unless the reader is the office.
 */
@Component(service = LedgerKind.class)
public class InspectionLedger extends InspectionsLedger<Inspection> {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static final LedgerColumn NO = new LedgerColumn("inspectionNo", "督察编号", true, "DC2025-007", "督察的固定编号")
			.limit(30);
	static final LedgerColumn AT_COLUMN = new LedgerColumn("at", "督察时间", true, "2025-03-05 09:30",
			"日期和时间，不能晚于现在");
	static final LedgerColumn KIND = new LedgerColumn("kind", "督察类型", true, "例行督察",
			Labelled.accepted(InspectionKind.class));
	static final LedgerColumn MODE = new LedgerColumn("mode", "督察方式", true, "明察",
			Labelled.accepted(InspectionMode.class));
	static final LedgerColumn SOURCE = new LedgerColumn("source", "督察来源", true, "现场",
			Labelled.accepted(InspectionSource.class));
	static final LedgerColumn SUBJECT = new LedgerColumn("subject", "督察内容", true, "作风纪律",
			Labelled.accepted(InspectionSubject.class));
	static final LedgerColumn DEPARTMENTS = new LedgerColumn("departments", "被督察部门", true, "立案庭、执行局",
			"部门名称或编码，用顿号、逗号或空格分隔");
	static final LedgerColumn PERSONS = new LedgerColumn("persons", "被督察人员工号", false, "10001",
			"须已在干警名册中");
	static final LedgerColumn INSPECTORS = new LedgerColumn("inspectors", "督察人员", false, "张督、李察",
			"没有工号时的督察人员（姓名或督察组）").limit(200);
	static final LedgerColumn INSPECTOR_NOS = new LedgerColumn("inspectorNos", "督察人员工号", false, "10021、10022",
			"须已在干警名册中，用顿号或逗号分隔；计入督察员业绩档案");
	static final LedgerColumn SUMMARY = new LedgerColumn("summary", "督察情况", false, "", "").limit(2000);
	static final LedgerColumn CLOSED = new LedgerColumn("closedOn", "销号日期", false, "2025-03-30", "不早于督察日期");

	@Activate
	public InspectionLedger(@Reference InspectionsContext context) {
		super(context, "inspections.inspections", "督察登记台账", List.of(NO, AT_COLUMN, KIND, MODE, SOURCE, SUBJECT,
				DEPARTMENTS, PERSONS, INSPECTORS, INSPECTOR_NOS, SUMMARY, CLOSED), NO);
	}

	@Override
	protected Inspection parse(LedgerRowValidator v, LedgerRow row) {
		LocalDateTime at = dateTime(v, row, AT_COLUMN);
		InspectionKind kind = v.choice(row, KIND, InspectionKind::parse, Labelled.accepted(InspectionKind.class));
		InspectionMode mode = v.choice(row, MODE, InspectionMode::parse, Labelled.accepted(InspectionMode.class));
		InspectionSource source = v.choice(row, SOURCE, InspectionSource::parse,
				Labelled.accepted(InspectionSource.class));
		InspectionSubject subject = v.choice(row, SUBJECT, InspectionSubject::parse,
				Labelled.accepted(InspectionSubject.class));
		List<String> departments = departments(v, row, DEPARTMENTS, v.departments(context.directory));
		List<String> persons = staffList(v, row, PERSONS);
		String inspectors = v.text(row, INSPECTORS);
		List<String> inspectorNos = staffList(v, row, INSPECTOR_NOS);
		String summary = v.text(row, SUMMARY);
		LocalDate closed = v.date(row, CLOSED, LocalDate.now());
		if (at != null && closed != null && closed.isBefore(at.toLocalDate())) {
			v.problem(row, CLOSED, NLS.bind(Messages.ledgerClosedBeforeInspection, closed, at.toLocalDate()));
		}
		if (v.hasProblems(row)) {
			return null;
		}
		return new Inspection(row.get(NO.key()), at, kind, mode, source, subject, departments, persons, summary,
				inspectors, null, null, List.of(), closed, inspectorNos);
	}

	@Override
	protected Stored upsert(EntityManager em, Inspection inspection) {
		InspectionEntity stored = byKey(em, InspectionEntity.class, "inspectionNo", inspection.inspectionNo());
		if (stored != null) {
			Inspection before = stored.toRecord();
			// the checklist a recorded inspection ran stays: the ledger has no columns for it
			inspection = inspection.withChecklistOf(before);
		}
		Inspection row = inspection;
		return insertOrUpdate(em, stored, () -> new InspectionEntity(row.inspectionNo(), row), e -> e.update(row));
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		DepartmentNames names = context.directory.departmentNames();
		return em.createQuery("select i from InspectionEntity i order by i.at, i.inspectionNo", InspectionEntity.class)
				.getResultList().stream().map(InspectionEntity::toRecord).filter(i -> context.maySee(reader, i))
				.map(i -> List.of(i.inspectionNo(), AT.format(i.at()), i.kind().label(), i.mode().label(),
						i.source().label(), i.subject().label(), departmentCell(names, i.departments()),
						String.join("、", i.persons()), i.inspectors(), String.join("、", i.inspectorNos()),
						i.summary(), cell(i.closedOn())))
				.toList();
	}
}

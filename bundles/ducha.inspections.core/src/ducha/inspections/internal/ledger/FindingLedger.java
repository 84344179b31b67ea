package ducha.inspections.internal.ledger;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import ducha.inspections.Finding;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;
import ducha.inspections.internal.inspections.Records;
import ducha.inspections.internal.jpa.FindingEntity;
import ducha.inspections.internal.jpa.InspectionEntity;

/**
 * 督察问题台账 ({@code inspections.findings}): the findings keyed by 问题编号, each of an inspection already stored
 * (import the 督察登记台账 first). Dates in order: rectified not before the inspection, verified not before rectified.
 */
@Component(service = LedgerKind.class)
public class FindingLedger extends InspectionsLedger<Finding> {

	static final LedgerColumn NO = new LedgerColumn("findingNo", "问题编号", true, "DC2025-007-1", "问题的固定编号")
			.limit(40);
	static final LedgerColumn INSPECTION = new LedgerColumn("inspectionNo", "督察编号", true, "DC2025-007",
			"须已在督察登记台账中").limit(30);
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "责任部门", true, "执行局", "部门名称或编码");
	static final LedgerColumn PERSON = new LedgerColumn("person", "责任人工号", false, "10001", "须已在干警名册中");
	static final LedgerColumn DESCRIPTION = new LedgerColumn("description", "问题描述", true, "上班时间脱岗", "")
			.limit(2000);
	static final LedgerColumn RECTIFICATION = new LedgerColumn("rectification", "整改要求", false, "严格考勤", "")
			.limit(2000);
	static final LedgerColumn DEADLINE = new LedgerColumn("deadline", "整改期限", true, "2025-03-20", "");
	static final LedgerColumn RECTIFIED = new LedgerColumn("rectifiedOn", "整改完成日期", false, "2025-03-18", "");
	static final LedgerColumn NOTE = new LedgerColumn("note", "整改情况", false, "", "").limit(2000);
	static final LedgerColumn VERIFIED = new LedgerColumn("verifiedOn", "核实销号日期", false, "2025-03-25",
			"须有整改完成日期，且不早于它");
	static final LedgerColumn VERIFIER = new LedgerColumn("verifiedBy", "核实人", false, "张督", "").limit(100);

	@Activate
	public FindingLedger(@Reference InspectionsContext context) {
		super(context, "inspections.findings", "督察问题台账", List.of(NO, INSPECTION, DEPARTMENT, PERSON, DESCRIPTION,
				RECTIFICATION, DEADLINE, RECTIFIED, NOTE, VERIFIED, VERIFIER), NO);
	}

	@Override
	protected Finding parse(LedgerRowValidator v, LedgerRow row) {
		String inspection = v.text(row, INSPECTION);
		String department = v.department(row, DEPARTMENT, context.directory);
		Staff person = v.text(row, PERSON) == null ? null : v.staff(row, PERSON, context.directory);
		String description = v.text(row, DESCRIPTION);
		String rectification = v.text(row, RECTIFICATION);
		LocalDate deadline = v.date(row, DEADLINE, null);
		LocalDate rectified = v.date(row, RECTIFIED, LocalDate.now());
		String note = v.text(row, NOTE);
		LocalDate verified = v.date(row, VERIFIED, LocalDate.now());
		String verifier = v.text(row, VERIFIER);
		if (verified != null && (rectified == null || verified.isBefore(rectified))) {
			v.problem(row, VERIFIED, NLS.bind(Messages.ledgerVerifiedBeforeRectified, verified,
					rectified == null ? "—" : rectified));
		}
		if (v.hasProblems(row)) {
			return null;
		}
		return new Finding(row.get(NO.key()), inspection, department, person == null ? null : person.staffNo(),
				description, rectification, deadline, rectified, note, verified, verifier, null);
	}

	@Override
	protected List<Finding> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows,
			List<Finding> records) {
		for (int i = 0; i < records.size(); i++) {
			Finding f = records.get(i);
			InspectionEntity inspection = Records.inspection(em, f.inspectionNo());
			if (inspection == null) {
				v.problem(rows.get(i), INSPECTION, NLS.bind(Messages.inspectionNotFound, f.inspectionNo()));
			} else if (f.rectifiedOn() != null && f.rectifiedOn().isBefore(inspection.toRecord().date())) {
				v.problem(rows.get(i), RECTIFIED, NLS.bind(Messages.rectifiedBeforeInspection, f.rectifiedOn()));
			}
		}
		return records;
	}

	@Override
	protected Stored upsert(EntityManager em, Finding finding) {
		InspectionEntity inspection = Records.inspection(em, finding.inspectionNo());
		return insertOrUpdate(em, byKey(em, FindingEntity.class, "findingNo", finding.findingNo()),
				() -> new FindingEntity(finding.findingNo(), inspection, finding), e -> e.update(finding));
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		DepartmentNames names = context.directory.departmentNames();
		return em.createQuery("select f from FindingEntity f order by f.findingNo", FindingEntity.class)
				.getResultList().stream()
				.filter(f -> context.maySee(reader, f.toRecord(), f.inspection().toRecord()))
				.map(FindingEntity::toRecord)
				.map(f -> List.of(f.findingNo(), f.inspectionNo(), names.name(f.departmentCode()), cell(f.staffNo()),
						f.description(), f.rectification(), f.deadline().toString(), cell(f.rectifiedOn()),
						f.rectificationNote(), cell(f.verifiedOn()), cell(f.verifiedBy())))
				.toList();
	}
}

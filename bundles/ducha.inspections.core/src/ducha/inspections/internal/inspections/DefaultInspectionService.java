package ducha.inspections.internal.inspections;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.inspections.Checklist;
import ducha.inspections.ChecklistScore;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionPermissions;
import ducha.inspections.InspectionService;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;
import ducha.inspections.internal.jpa.FindingEntity;
import ducha.inspections.internal.jpa.InspectionEntity;
import ducha.inspections.internal.jpa.PlanEntity;

/** Inspections and findings in the plugin's unit; see {@link InspectionService} for the rules. */
@Component
public class DefaultInspectionService implements InspectionService {

	private static final String INSPECTION = "inspections.inspection";
	private static final String FINDING = "inspections.finding";

	@Reference
	private InspectionsContext context;

	@Override
	public Inspection record(Inspection inspection, String planNo, Principal actor) {
		context.checkManage(actor);
		checkPeople(inspection);
		context.checkManage(actor, inspection.departments());
		Inspection stored = Jpa.write(context.emf, em -> {
			if (inspection.checklistCode() != null) {
				Checklist ran = DefaultChecklistService.find(em, inspection.checklistCode(),
						inspection.checklistVersion() == null ? 0 : inspection.checklistVersion())
						.orElseThrow(() -> new ValidationException(NLS.bind(Messages.checklistNotFound,
								inspection.checklistCode(), inspection.checklistVersion())));
				ran.score(inspection.results());
			}
			InspectionEntity entity;
			if (inspection.inspectionNo() == null) {
				entity = new InspectionEntity(Records.nextInspectionNo(em, inspection.at().getYear()), inspection);
				em.persist(entity);
			} else {
				entity = Records.existingInspection(em, inspection.inspectionNo());
				LocalDate closed = entity.toRecord().closedOn();
				Versions.expect(entity.version(), inspection.version(), context.audit, INSPECTION,
						inspection.inspectionNo(), NLS.bind(Messages.inspectionLabel, inspection.inspectionNo()));
				entity.update(inspection);
				entity.close(closed);
			}
			if (planNo != null) {
				PlanEntity plan = em.createQuery("select p from PlanEntity p where p.planNo = :no", PlanEntity.class)
						.setParameter("no", planNo).getResultList().stream().findFirst()
						.orElseThrow(() -> new ValidationException(NLS.bind(Messages.planNotFound, planNo)));
				em.flush();
				plan.carriedOutBy(entity.inspectionNo());
			}
			em.flush();
			Inspection done = entity.toRecord();
			context.audit.recordIn(em, actor, "inspections.record", INSPECTION, done.inspectionNo(),
					done.mode().label() + "，" + done.source().label() + "，" + done.date());
			return done;
		});
		return stored;
	}

	private void checkPeople(Inspection inspection) {
		if (inspection.departments().isEmpty()) {
			throw new ValidationException(Messages.inspectionNoDepartment);
		}
		for (String code : inspection.departments()) {
			if (context.directory.department(code).isEmpty()) {
				throw new ValidationException(NLS.bind(Messages.unknownDepartment, code));
			}
		}
		for (String no : inspection.persons()) {
			if (context.directory.staff(no).isEmpty()) {
				throw new ValidationException(NLS.bind(Messages.unknownStaff, no));
			}
		}
		List<String> unknown = inspection.inspectorNos().stream().filter(no -> context.directory.staff(no).isEmpty())
				.toList();
		if (!unknown.isEmpty()) {
			throw new ValidationException(NLS.bind(Messages.unknownInspector, String.join("、", unknown)));
		}
	}

	@Override
	public Inspection inspection(String inspectionNo, Principal viewer) {
		Inspection seen = visibleInspection(inspectionNo, viewer);
		if (seen.confidential()) {
			context.audit.record(viewer, "inspections.read", INSPECTION, inspectionNo, "暗访（未销号）");
		}
		return seen;
	}

	/** The inspection if the viewer may see it; not audited (the callers read the findings or the score of it). */
	private Inspection visibleInspection(String inspectionNo, Principal viewer) {
		context.checkRead(viewer);
		InspectionEntity found = Jpa.read(context.emf, em -> Records.inspection(em, inspectionNo));
		return context.visible(viewer, found == null ? null : found.toRecord(), inspectionNo);
	}

	@Override
	public List<Inspection> inspections(Period period, Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf, em -> em.createQuery("select i from InspectionEntity i where i.at >= :from"
				+ " and i.at < :to order by i.at, i.inspectionNo", InspectionEntity.class)
				.setParameter("from", period.from().atStartOfDay())
				.setParameter("to", period.to().plusDays(1).atStartOfDay()).getResultList().stream()
				.map(InspectionEntity::toRecord).filter(i -> context.maySee(viewer, i)).toList());
	}

	@Override
	public ChecklistScore score(String inspectionNo, Principal viewer) {
		Inspection seen = visibleInspection(inspectionNo, viewer);
		if (seen.checklistCode() == null) {
			return new ChecklistScore(0, 0, 0, 0);
		}
		return Jpa.read(context.emf, em -> DefaultChecklistService.find(em, seen.checklistCode(),
				seen.checklistVersion()).orElseThrow()).score(seen.results());
	}

	@Override
	public Finding addFinding(String inspectionNo, Finding finding, Principal actor) {
		context.checkManage(actor);
		if (context.directory.department(finding.departmentCode()).isEmpty()) {
			throw new ValidationException(NLS.bind(Messages.unknownDepartment, finding.departmentCode()));
		}
		context.checkManage(actor, List.of(finding.departmentCode()));
		if (finding.staffNo() != null && context.directory.staff(finding.staffNo()).isEmpty()) {
			throw new ValidationException(NLS.bind(Messages.unknownStaff, finding.staffNo()));
		}
		if (finding.description().isBlank()) {
			throw new ValidationException(Messages.findingNoDescription);
		}
		Finding added = Jpa.write(context.emf, em -> {
			InspectionEntity inspection = Records.existingInspection(em, inspectionNo);
			Inspection of = inspection.toRecord();
			if (of.closed()) {
				throw new ValidationException(NLS.bind(Messages.inspectionClosed, inspectionNo));
			}
			if (finding.deadline().isBefore(of.date())) {
				throw new ValidationException(NLS.bind(Messages.findingDeadlineBeforeInspection, finding.deadline(),
						of.date()));
			}
			FindingEntity entity = new FindingEntity(Records.nextFindingNo(em, inspectionNo), inspection,
					Finding.of(finding.departmentCode(), finding.staffNo(), finding.description(),
							finding.rectification(), finding.deadline()));
			em.persist(entity);
			em.flush();
			// as stored, with the version the rectification steps pass back
			Finding done = entity.toRecord();
			context.audit.recordIn(em, actor, "inspections.finding.add", FINDING, done.findingNo(),
					context.departmentName(done.departmentCode()) + "，整改期限 " + done.deadline());
			return done;
		});
		return added;
	}

	@Override
	public List<Finding> findings(String inspectionNo, Principal viewer) {
		Inspection of = visibleInspection(inspectionNo, viewer);
		return Jpa.read(context.emf, em -> Records.findingsOf(em, Records.existingInspection(em, inspectionNo))
				.stream().map(FindingEntity::toRecord).filter(f -> context.maySee(viewer, f, of)).toList());
	}

	@Override
	public Finding finding(String findingNo, Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf, em -> visibleFinding(Records.finding(em, findingNo), findingNo, viewer));
	}

	private Finding visibleFinding(FindingEntity entity, String findingNo, Principal viewer) {
		if (entity == null || !context.maySee(viewer, entity.toRecord(), entity.inspection().toRecord())) {
			throw new NotFoundException(NLS.bind(Messages.findingNotFound, findingNo));
		}
		return entity.toRecord();
	}

	@Override
	public List<Finding> openFindings(Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf, em -> em.createQuery(
				"select f from FindingEntity f where f.verifiedOn is null order by f.deadline, f.findingNo",
				FindingEntity.class).getResultList().stream()
				.filter(f -> context.maySee(viewer, f.toRecord(), f.inspection().toRecord()))
				.map(FindingEntity::toRecord).sorted(Comparator.comparing(Finding::deadline)).toList());
	}

	@Override
	public Finding reportRectified(String findingNo, long seenVersion, LocalDate on, String note,
			Principal actor) {
		Finding done = Jpa.write(context.emf, em -> {
			FindingEntity entity = Records.finding(em, findingNo);
			if (entity == null || entity.inspection().toRecord().confidential() && !context.mayManage(actor)) {
				throw new NotFoundException(NLS.bind(Messages.findingNotFound, findingNo));
			}
			Finding f = entity.toRecord();
			context.checkDepartment(actor, InspectionPermissions.RECTIFY, f.departmentCode());
			if (f.verified()) {
				throw new ValidationException(NLS.bind(Messages.findingVerified, findingNo));
			}
			if (on.isBefore(entity.inspection().toRecord().date())) {
				throw new ValidationException(NLS.bind(Messages.rectifiedBeforeInspection, on));
			}
			expectSeen(entity, seenVersion, findingNo);
			entity.rectified(on, note);
			context.audit.recordIn(em, actor, "inspections.finding.rectified", FINDING, findingNo, String.valueOf(on));
			em.flush();
			return entity.toRecord();
		});
		return done;
	}

	@Override
	public Finding verify(String findingNo, long seenVersion, LocalDate on, Principal actor) {
		context.checkManage(actor);
		Finding done = Jpa.write(context.emf, em -> {
			FindingEntity entity = Records.existingFinding(em, findingNo);
			Finding f = entity.toRecord();
			context.checkManage(actor, List.of(f.departmentCode()));
			if (f.rectifiedOn() == null) {
				throw new ValidationException(NLS.bind(Messages.findingNotRectified, findingNo));
			}
			if (on.isBefore(f.rectifiedOn())) {
				throw new ValidationException(NLS.bind(Messages.verifiedBeforeRectified, on, f.rectifiedOn()));
			}
			expectSeen(entity, seenVersion, findingNo);
			entity.verified(on, actor.displayName());
			context.audit.recordIn(em, actor, "inspections.finding.verify", FINDING, findingNo, String.valueOf(on));
			em.flush();
			return entity.toRecord();
		});
		return done;
	}

	@Override
	public Inspection close(String inspectionNo, LocalDate on, Principal actor) {
		context.checkManage(actor);
		Inspection closed = Jpa.write(context.emf, em -> {
			InspectionEntity entity = Records.existingInspection(em, inspectionNo);
			context.checkManage(actor, entity.toRecord().departments());
			if (entity.toRecord().closed()) {
				throw new ValidationException(NLS.bind(Messages.inspectionClosed, inspectionNo));
			}
			long open = Records.findingsOf(em, entity).stream().filter(f -> !f.toRecord().verified()).count();
			if (open > 0) {
				throw new ValidationException(NLS.bind(Messages.inspectionOpenFindings, inspectionNo, open));
			}
			entity.close(on);
			context.audit.recordIn(em, actor, "inspections.close", INSPECTION, inspectionNo, String.valueOf(on));
			return entity.toRecord();
		});
		return closed;
	}

	/** Refuses a step taken from a view of the finding older than the stored one, naming who changed it. */
	private void expectSeen(FindingEntity entity, long seenVersion, String findingNo) {
		Versions.expect(entity.version(), seenVersion, context.audit, FINDING, findingNo,
				NLS.bind(Messages.findingLabel, findingNo));
	}
}

package ducha.integrity.internal.records;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.RiskListService;
import ducha.integrity.RiskMeasure;
import ducha.integrity.RiskReview;
import ducha.integrity.internal.Messages;
import ducha.integrity.internal.jpa.IntegrityUnit;
import ducha.integrity.internal.jpa.RiskMeasureEntity;
import ducha.integrity.internal.jpa.RiskReviewEntity;

/** The risk-prevention list on table {@code integrity_risk_measure}, its reviews on {@code ..._review}. */
@Component
public class DefaultRiskListService implements RiskListService {

	/** How reviews are audited: under the measure's 编号, so that a refused concurrent review names the other. */
	private static final String AUDIT_TYPE = "risk-measure";

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private AuthorizationService authorization;

	@Reference
	private AuditLog audit;

	/** Names the department in a refusal. */
	@Reference
	private DirectoryService directory;

	@Override
	public List<RiskMeasure> measures(Principal reader) {
		authorization.check(reader, IntegrityPermissions.RECORDS_READ);
		return Jpa.read(emf, em -> em.createQuery("select m from RiskMeasureEntity m order by m.recordNo",
				RiskMeasureEntity.class).getResultList().stream().map(RiskMeasureEntity::toRecord).toList());
	}

	@Override
	public List<RiskMeasure> dueForReview(LocalDate day, int withinDays, Principal reader) {
		authorization.check(reader, IntegrityPermissions.RECORDS_READ);
		return Jpa.read(emf, em -> em.createQuery("select m from RiskMeasureEntity m where m.reviewDate <= :until"
				+ " and m.effectiveDate <= :day and (m.retiredDate is null or m.retiredDate > :day)"
				+ " order by m.reviewDate, m.recordNo", RiskMeasureEntity.class)
				.setParameter("until", day.plusDays(withinDays)).setParameter("day", day).getResultList().stream()
				.map(RiskMeasureEntity::toRecord).toList());
	}

	@Override
	public RiskMeasure recordReview(String recordNo, LocalDate reviewedOn, LocalDate nextReview, String note,
			long seenVersion, Principal actor) {
		authorization.check(actor, IntegrityPermissions.RECORDS_WRITE);
		String text = note == null || note.isBlank() ? null : note.strip();
		return Jpa.write(emf, em -> {
			RiskMeasureEntity entity = find(em, recordNo);
			RiskMeasure measure = entity.toRecord();
			checkScope(actor, measure);
			Versions.expect(entity.version(), seenVersion, audit, AUDIT_TYPE, recordNo,
					NLS.bind(Messages.riskMeasureLabel, recordNo));
			RiskReviews.check(measure, reviewedOn, nextReview, text, LocalDate.now());
			em.persist(new RiskReviewEntity(entity.id(), reviewedOn, nextReview, text, actor.username()));
			entity.reviewed(nextReview);
			audit.recordIn(em, actor, "integrity.risk.review", AUDIT_TYPE, recordNo,
					NLS.bind(Messages.auditReview, reviewedOn, nextReview));
			em.flush();
			return entity.toRecord();
		});
	}

	@Override
	public List<RiskReview> reviews(String recordNo, Principal reader) {
		authorization.check(reader, IntegrityPermissions.RECORDS_READ);
		return Jpa.read(emf, em -> {
			long id = find(em, recordNo).id();
			return em.createQuery("select r from RiskReviewEntity r where r.measureId = :id"
					+ " order by r.reviewedOn desc, r.id desc", RiskReviewEntity.class).setParameter("id", id)
					.getResultList().stream().map(r -> r.toRecord(recordNo)).toList();
		});
	}

	private static RiskMeasureEntity find(EntityManager em, String recordNo) {
		return em.createQuery("select m from RiskMeasureEntity m where m.recordNo = :no", RiskMeasureEntity.class)
				.setParameter("no", recordNo).getResultList().stream().findFirst()
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.riskMeasureNotFound, recordNo)));
	}

	/** A department's measure is reviewed only by someone with the department in scope; court-wide ones by all. */
	private void checkScope(Principal actor, RiskMeasure measure) {
		String code = measure.departmentCode();
		if (code != null && !authorization.canSeeDepartment(actor, code)) {
			throw new AccessDeniedException(NLS.bind(Messages.riskReviewOutOfScope, measure.recordNo(),
					directory.departmentNames().name(code)));
		}
	}
}

package ducha.integrity.internal.records;

import org.eclipse.osgi.util.NLS;

import ducha.core.jpa.Jpa;
import ducha.integrity.internal.Messages;

import ducha.integrity.internal.jpa.IntegrityUnit;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.audit.AuditLog;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.RiskListService;
import ducha.integrity.RiskMeasure;
import ducha.integrity.internal.jpa.RiskMeasureEntity;

/** The risk-prevention list on table {@code integrity_risk_measure}. */
@Component
public class DefaultRiskListService implements RiskListService {

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private AuthorizationService authorization;

	@Reference
	private AuditLog audit;

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
	public RiskMeasure reviewed(String recordNo, LocalDate nextReview, Principal actor) {
		authorization.check(actor, IntegrityPermissions.RECORDS_WRITE);
		RiskMeasure updated = Jpa.write(emf, em -> {
			RiskMeasureEntity entity = em
					.createQuery("select m from RiskMeasureEntity m where m.recordNo = :no", RiskMeasureEntity.class)
					.setParameter("no", recordNo).getResultList().stream().findFirst()
					.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.riskMeasureNotFound, recordNo)));
			if (!nextReview.isAfter(LocalDate.now())) {
				throw new ValidationException(NLS.bind(Messages.riskNextReviewNotAfterToday, nextReview));
			}
			entity.reviewed(nextReview);
			audit.recordIn(em, actor, "integrity.risk.review", "risk-measure", recordNo,
					NLS.bind(Messages.auditNextReview, nextReview));
			return entity.toRecord();
		});
		return updated;
	}
}

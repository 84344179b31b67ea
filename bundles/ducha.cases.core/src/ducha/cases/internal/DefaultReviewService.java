package ducha.cases.internal;

import org.eclipse.osgi.util.NLS;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import ducha.cases.CaseBulletin;
import ducha.cases.CaseNumber;
import ducha.cases.CasePermissions;
import ducha.cases.FindingType;
import ducha.cases.RectificationFollowup;
import ducha.cases.ReminderTalk;
import ducha.cases.ReviewFinding;
import ducha.cases.ReviewService;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.directory.Staff;
import ducha.core.documents.NumberingService;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;

/** Findings, reminder talks, rectification follow-ups and case bulletins. */
@Component
public class DefaultReviewService implements ReviewService {

	@Reference
	private CasesUnit unit;

	/** Numbers bulletins when the platform's document component runs; see {@link BulletinNumbering}. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile NumberingService numbering;

	@Override
	public ReviewFinding addFinding(String caseNo, FindingType type, String staffNo, LocalDate found,
			String description, Principal actor) {
		unit.authorization.check(actor, CasePermissions.REVIEW);
		String key = CaseNumber.parse(caseNo).text();
		Staff staff = staff(staffNo);
		require(description, Messages.findingDescriptionEmpty);
		ReviewFinding finding = Jpa.write(unit.emf, em -> {
			FindingEntity entity = new FindingEntity(key, type, staff.staffNo(), staff.departmentCode(), found,
					description.strip());
			em.persist(entity);
			em.flush();
			ReviewFinding done = entity.toFinding();
			unit.audit.recordIn(em, actor, "cases.finding.add", "review_finding", String.valueOf(done.id()),
					key + " " + type.label() + " " + staffNo);
			return done;
		});
		return finding;
	}

	@Override
	public ReminderTalk holdTalk(long findingId, LocalDate date, String heldByNo, String supervisorNo,
			String content, Principal actor) {
		unit.authorization.check(actor, CasePermissions.REVIEW);
		staff(heldByNo);
		if (supervisorNo != null) {
			staff(supervisorNo);
		}
		require(content, Messages.talkContentEmpty);
		ReminderTalk talk = Jpa.write(unit.emf, em -> {
			FindingEntity finding = findingBefore(em, findingId, date, Messages.talkBeforeFinding);
			TalkEntity entity = new TalkEntity(findingId, date, heldByNo, supervisorNo, finding.staffNo(),
					content.strip());
			em.persist(entity);
			em.flush();
			ReminderTalk done = entity.toTalk();
			unit.audit.recordIn(em, actor, "cases.talk.add", "reminder_talk", String.valueOf(done.id()), "评查问题 " + findingId);
			return done;
		});
		return talk;
	}

	@Override
	public RectificationFollowup openFollowup(long findingId, LocalDate opened, String supervisorNo,
			String measures, Principal actor) {
		unit.authorization.check(actor, CasePermissions.REVIEW);
		staff(supervisorNo);
		require(measures, Messages.measuresEmpty);
		RectificationFollowup followup = Jpa.write(unit.emf, em -> {
			FindingEntity finding = findingBefore(em, findingId, opened, Messages.followupBeforeFinding);
			FollowupEntity entity = new FollowupEntity(findingId, opened, supervisorNo, finding.staffNo(),
					measures.strip());
			em.persist(entity);
			em.flush();
			RectificationFollowup done = entity.toFollowup();
			unit.audit.recordIn(em, actor, "cases.followup.open", "rectification_followup", String.valueOf(done.id()),
					"评查问题 " + findingId);
			return done;
		});
		return followup;
	}

	@Override
	public RectificationFollowup verifyFollowup(long followupId, long seenVersion, LocalDate verified,
			String verification, Principal actor) {
		unit.authorization.check(actor, CasePermissions.REVIEW);
		require(verification, Messages.verificationEmpty);
		RectificationFollowup followup = Jpa.write(unit.emf, em -> {
			FollowupEntity entity = em.find(FollowupEntity.class, followupId);
			if (entity == null) {
				throw new NotFoundException(NLS.bind(Messages.noFollowup, followupId));
			}
			Versions.expect(entity.version(), seenVersion, unit.audit, "rectification_followup",
					String.valueOf(followupId), NLS.bind(Messages.followupLabel, followupId));
			RectificationFollowup current = entity.toFollowup();
			if (current.isClosed()) {
				throw new ValidationException(NLS.bind(Messages.followupVerified, current.verifiedDate()));
			}
			if (verified.isBefore(current.openedDate())) {
				throw new ValidationException(NLS.bind(Messages.verifiedBeforeOpened, verified, current.openedDate()));
			}
			entity.verify(verified, verification.strip());
			em.flush();
			RectificationFollowup done = entity.toFollowup();
			unit.audit.recordIn(em, actor, "cases.followup.verify", "rectification_followup", String.valueOf(followupId), "");
			return done;
		});
		return followup;
	}

	@Override
	public CaseBulletin issueBulletin(LocalDate issued, String title, List<Long> findingIds, Principal actor) {
		unit.authorization.check(actor, CasePermissions.REVIEW);
		require(title, Messages.bulletinTitleEmpty);
		if (findingIds.isEmpty()) {
			throw new ValidationException(Messages.bulletinWithoutFindings);
		}
		CaseBulletin bulletin = Jpa.write(unit.emf, em -> {
			List<String> problems = new ArrayList<>();
			List<FindingEntity> findings = new ArrayList<>();
			for (Long id : findingIds) {
				FindingEntity f = em.find(FindingEntity.class, id);
				if (f == null) {
					problems.add(NLS.bind(Messages.noFinding, id));
				} else if (f.bulletinId() != null) {
					problems.add(NLS.bind(Messages.findingInOtherBulletin, id));
				} else {
					findings.add(f);
				}
			}
			if (!problems.isEmpty()) {
				throw new ValidationException(problems);
			}
			int issueNo = BulletinNumbering.next(em, issued.getYear(), title.strip(), numbering, actor);
			BulletinEntity entity = new BulletinEntity(issued.getYear(), issueNo, issued, title.strip());
			em.persist(entity);
			em.flush();
			findings.forEach(f -> f.setBulletinId(entity.id()));
			CaseBulletin done = entity.toBulletin();
			unit.audit.recordIn(em, actor, "cases.bulletin.issue", "case_bulletin", String.valueOf(done.id()),
					done.label() + " " + done.title());
			return done;
		});
		return bulletin;
	}

	@Override
	public List<ReviewFinding> findings(Period period, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		return Jpa.read(unit.emf, em -> em.createQuery("select f from FindingEntity f where f.foundDate between :from"
				+ " and :to order by f.foundDate, f.id", FindingEntity.class).setParameter("from", period.from())
				.setParameter("to", period.to()).getResultList().stream().map(FindingEntity::toFinding)
				.filter(f -> reader.scope().includes(f.departmentCode())).toList());
	}

	@Override
	public List<ReviewFinding> findingsOf(long bulletinId, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		return Jpa.read(unit.emf, em -> em.createQuery("select f from FindingEntity f where f.bulletinId = :id"
				+ " order by f.foundDate, f.id", FindingEntity.class).setParameter("id", bulletinId).getResultList()
				.stream().map(FindingEntity::toFinding).filter(f -> reader.scope().includes(f.departmentCode()))
				.toList());
	}

	@Override
	public List<CaseBulletin> bulletins(Period period) {
		return Jpa.read(unit.emf, em -> em.createQuery("select b from BulletinEntity b where b.issuedDate between :from"
				+ " and :to order by b.issuedDate, b.issueNo", BulletinEntity.class).setParameter("from",
						period.from()).setParameter("to", period.to()).getResultList().stream()
				.map(BulletinEntity::toBulletin).toList());
	}

	@Override
	public List<ReminderTalk> talks(long findingId) {
		return Jpa.read(unit.emf, em -> em.createQuery("select t from TalkEntity t where t.findingId = :id order by"
				+ " t.date", TalkEntity.class).setParameter("id", findingId).getResultList().stream()
				.map(TalkEntity::toTalk).toList());
	}

	@Override
	public List<RectificationFollowup> followups(long findingId) {
		return Jpa.read(unit.emf, em -> em.createQuery("select f from FollowupEntity f where f.findingId = :id order"
				+ " by f.openedDate", FollowupEntity.class).setParameter("id", findingId).getResultList().stream()
				.map(FollowupEntity::toFollowup).toList());
	}

	private Staff staff(String staffNo) {
		return unit.directory.staff(staffNo == null ? "" : staffNo)
				.orElseThrow(() -> new ValidationException(NLS.bind(Messages.noStaff, staffNo)));
	}

	private static FindingEntity finding(EntityManager em, long id) {
		FindingEntity f = em.find(FindingEntity.class, id);
		if (f == null) {
			throw new NotFoundException(NLS.bind(Messages.noFinding, id));
		}
		return f;
	}

	/**
	 * The finding a talk or follow-up of {@code day} is about, which must have been made on or before that day.
	 *
	 * @param tooEarly the problem when it was made later: {0} the day, {1} the finding's
	 */
	private static FindingEntity findingBefore(EntityManager em, long id, LocalDate day, String tooEarly) {
		FindingEntity f = finding(em, id);
		if (day.isBefore(f.foundDate())) {
			throw new ValidationException(NLS.bind(tooEarly, day, f.foundDate()));
		}
		return f;
	}

	private static void require(String text, String problem) {
		if (text == null || text.isBlank()) {
			throw new ValidationException(problem);
		}
	}
}

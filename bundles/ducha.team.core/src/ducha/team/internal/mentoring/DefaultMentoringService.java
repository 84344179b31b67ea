package ducha.team.internal.mentoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.directory.SupervisorRole;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.security.Principal;
import ducha.team.Mentorship;
import ducha.team.MentoringService;
import ducha.team.Milestone;
import ducha.team.ShadowedItem;
import ducha.team.internal.jpa.MentorshipEntity;
import ducha.team.internal.jpa.MilestoneEntity;
import ducha.team.internal.meetings.Checks;
import ducha.team.internal.meetings.MeetingsContext;

/** Mentorships on {@code team_mentorship} with their milestones and shadowed items; see {@link MentoringService}. */
@Component
public class DefaultMentoringService implements MentoringService {

	static final Set<SupervisorRole> MENTORS = Set.of(SupervisorRole.OFFICE_DIRECTOR,
			SupervisorRole.FULL_TIME_SUPERVISOR);
	static final Set<SupervisorRole> TRAINEES = Set.of(SupervisorRole.POLITICAL_SUPERVISOR,
			SupervisorRole.INTEGRITY_SUPERVISOR);

	private static final String OBJECT = "team.mentorship";

	@Reference
	private MeetingsContext context;

	@Override
	public List<Mentorship> mentorships(Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf, em -> em.createQuery("select m from MentorshipEntity m", MentorshipEntity.class)
				.getResultList().stream().map(MentorshipEntity::toRecord)
				.sorted(Comparator.comparing(Mentorship::signedOff).thenComparing(Mentorship::from)
						.thenComparing(Mentorship::id))
				.toList());
	}

	@Override
	public Mentorship mentorship(long id, Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf, em -> existing(em, id).toRecord());
	}

	@Override
	public Mentorship start(Mentorship m, Principal actor) {
		context.checkManage(actor);
		Checks checks = new Checks(context).staff(m.mentorStaffNo(), Messages.fieldMentor, true)
				.staff(m.traineeStaffNo(), Messages.fieldTrainee, true)
				.notBefore(m.to(), Messages.fieldTo, m.from(), Messages.fieldFrom)
				.text(m.plan(), Messages.fieldPlan, 2000, false);
		if (context.staffExists(m.mentorStaffNo())
				&& !context.holdsDuring(m.mentorStaffNo(), MENTORS, m.from(), m.to())) {
			checks.fail(NLS.bind(Messages.notMentor, context.staffName(m.mentorStaffNo())));
		}
		if (context.staffExists(m.traineeStaffNo())
				&& !context.holdsDuring(m.traineeStaffNo(), TRAINEES, m.from(), m.to())) {
			checks.fail(NLS.bind(Messages.notTrainee, context.staffName(m.traineeStaffNo())));
		}
		if (m.mentorStaffNo() != null && m.mentorStaffNo().equals(m.traineeStaffNo())) {
			checks.fail(Messages.mentorIsTrainee);
		}
		m.milestones().forEach(milestone -> checkMilestone(checks, milestone));
		checks.throwIfAny();
		Mentorship started = Jpa.write(context.emf, em -> {
			MentorshipEntity entity = new MentorshipEntity(new Mentorship(0, m.mentorStaffNo().strip(),
					m.traineeStaffNo().strip(), m.from(), m.to(), m.plan().strip(), m.milestones(), List.of(), null,
					null));
			em.persist(entity);
			em.flush();
			Mentorship done = entity.toRecord();
			context.audit(em, actor, "team.mentorship.start", OBJECT, String.valueOf(done.id()),
					done.mentorStaffNo() + " → " + done.traineeStaffNo() + "，" + done.from() + " 至 " + done.to());
			return done;
		});
		return started;
	}

	private static void checkMilestone(Checks checks, Milestone milestone) {
		checks.text(milestone.title(), Messages.fieldMilestone, 200, true);
		if (milestone.doneOn() != null) {
			checks.day(milestone.doneOn(), Messages.fieldDoneOn);
		}
	}

	@Override
	public Mentorship addMilestone(long id, Milestone milestone, Principal actor) {
		context.checkManage(actor);
		Checks checks = new Checks(context);
		checkMilestone(checks, milestone);
		checks.throwIfAny();
		return change(id, actor, "team.mentorship.milestone", milestone.title() + "，" + milestone.due(),
				e -> e.add(new Milestone(milestone.title().strip(), milestone.due(), milestone.doneOn())));
	}

	@Override
	public Mentorship milestoneDone(long id, int milestone, LocalDate doneOn, Principal actor) {
		context.checkManage(actor);
		new Checks(context).day(doneOn, Messages.fieldDoneOn).throwIfAny();
		return change(id, actor, "team.mentorship.milestone-done", milestone + "，" + doneOn, e -> {
			MilestoneEntity m = e.milestone(milestone);
			if (m == null) {
				throw new NotFoundException(NLS.bind(Messages.milestoneNotFound, milestone));
			}
			m.done(doneOn);
		});
	}

	@Override
	public Mentorship addShadowed(long id, ShadowedItem item, Principal actor) {
		context.checkManage(actor);
		Checks checks = new Checks(context).text(item.reference(), Messages.fieldReference, 60, true)
				.text(item.note(), Messages.fieldNote, 500, false);
		if (item.on() != null) {
			checks.day(item.on(), Messages.fieldShadowedOn);
		}
		checks.throwIfAny();
		return change(id, actor, "team.mentorship.shadowed", item.kind().label() + " " + item.reference(),
				e -> e.add(new ShadowedItem(item.kind(), item.reference().strip(), item.on(), item.note().strip())));
	}

	@Override
	public Mentorship signOff(long id, long seenVersion, LocalDate on, String remarks, Principal actor) {
		context.checkManage(actor);
		Mentorship current = mentorship(id, actor);
		Checks checks = new Checks(context).day(on, Messages.fieldSignedOn)
				.notBefore(on, Messages.fieldSignedOn, current.from(), Messages.fieldFrom)
				.text(remarks, Messages.fieldRemarks, 1000, false);
		if (!current.openMilestones().isEmpty() && (remarks == null || remarks.isBlank())) {
			checks.fail(NLS.bind(Messages.signOffWhy, current.openMilestones().size()));
		}
		checks.throwIfAny();
		String text = remarks == null || remarks.isBlank() ? null : remarks.strip();
		return change(id, actor, "team.mentorship.sign-off", on + (text == null ? "" : "，" + text),
				e -> {
					Versions.expect(e.version(), seenVersion, context.audit, OBJECT, String.valueOf(id),
							NLS.bind(Messages.mentorshipLabel, context.staffName(current.traineeStaffNo())));
					e.signOff(on, text);
				});
	}

	/** Applies a change to a mentorship not signed off yet, audited. */
	private Mentorship change(long id, Principal actor, String action, String detail, Consumer<MentorshipEntity> change) {
		Mentorship changed = Jpa.write(context.emf, em -> {
			MentorshipEntity entity = existing(em, id);
			if (entity.toRecord().signedOff()) {
				throw new ValidationException(
						NLS.bind(Messages.signedOff, entity.toRecord().signedOffOn()));
			}
			change.accept(entity);
			em.flush();
			context.audit(em, actor, action, OBJECT, String.valueOf(id), detail);
			return entity.toRecord();
		});
		return changed;
	}

	private static MentorshipEntity existing(EntityManager em, long id) {
		MentorshipEntity entity = em.find(MentorshipEntity.class, id);
		if (entity == null) {
			throw new NotFoundException(NLS.bind(Messages.mentorshipNotFound, id));
		}
		return entity;
	}
}

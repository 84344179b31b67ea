package ducha.team.internal.meetings;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.DuchaException;
import ducha.core.directory.Staff;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.DocumentService;
import ducha.core.documents.OfficialDocument;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.team.MeetingAgenda;
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.team.ProblemAnalysis;
import ducha.team.WorkMeeting;
import ducha.team.internal.jpa.MeetingEntity;
import ducha.team.internal.jpa.MeetingProblemEntity;

/** Meetings on {@code team_meeting}, problems on {@code team_meeting_problem}; see {@link MeetingService}. */
@Component
public class DefaultMeetingService implements MeetingService {

	private static final String MEETING = "team.meeting";
	private static final String PROBLEM = "team.meeting-problem";

	@Reference
	private MeetingsContext context;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile DocumentService documents;

	@Override
	public List<WorkMeeting> meetings(Period period, Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf, em -> em.createQuery(
				"select m from MeetingEntity m where m.date between :from and :to order by m.date", MeetingEntity.class)
				.setParameter("from", period.from()).setParameter("to", period.to()).getResultList().stream()
				.map(MeetingEntity::toRecord).toList());
	}

	@Override
	public MeetingAgenda agenda(LocalDate meetingDate, Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf, em -> agenda(em, meetingDate));
	}

	static MeetingAgenda agenda(EntityManager em, LocalDate meetingDate) {
		MeetingEntity meeting = Problems.existingMeeting(em, meetingDate);
		return new MeetingAgenda(meeting.toRecord(),
				meeting.problems().stream().map(MeetingProblemEntity::toRecord).toList(),
				Problems.carriedTo(em, meetingDate).stream().map(MeetingProblemEntity::toRecord).toList());
	}

	@Override
	public List<MeetingProblem> problems(boolean openOnly, Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf,
				em -> Problems.all(em, openOnly).stream().map(MeetingProblemEntity::toRecord).toList());
	}

	@Override
	public MeetingProblem problem(String problemNo, Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf, em -> Problems.existingProblem(em, problemNo).toRecord());
	}

	@Override
	public WorkMeeting save(WorkMeeting meeting, Principal actor) {
		context.checkManage(actor);
		Checks checks = new Checks(context).day(meeting.date(), Messages.fieldMeetingDate)
				.text(meeting.title(), Messages.fieldTitle, 200, true)
				.staff(meeting.chairStaffNo(), Messages.fieldChair, false)
				.text(meeting.minutes(), Messages.fieldMinutes, 8000, false);
		meeting.attendees().forEach(no -> checks.staff(no, Messages.fieldAttendees, true));
		if (meeting.attendees().isEmpty()) {
			checks.fail(Messages.meetingNoAttendees);
		}
		checks.throwIfAny();
		WorkMeeting clean = new WorkMeeting(0, meeting.date(), meeting.title().strip(),
				blankToNull(meeting.chairStaffNo()), meeting.attendees().stream().map(String::strip).distinct().toList(),
				meeting.minutes().strip());
		WorkMeeting saved = Jpa.write(context.emf, em -> {
			MeetingEntity entity = Problems.meeting(em, clean.date());
			if (entity == null) {
				entity = new MeetingEntity(clean);
				em.persist(entity);
			} else {
				entity.update(clean);
			}
			em.flush();
			WorkMeeting done = entity.toRecord();
			context.audit(em, actor, "team.meeting.save", MEETING, done.date().toString(),
					done.title() + "，参会 " + done.attendees().size() + " 人");
			return done;
		});
		return saved;
	}

	@Override
	public MeetingProblem raise(MeetingProblem problem, Principal actor) {
		context.checkManage(actor, problem.departmentCode());
		new Checks(context).staff(problem.raisedBy(), Messages.fieldRaisedBy, true)
				.text(problem.description(), Messages.fieldDescription, 1000, true)
				.department(problem.departmentCode(), Messages.fieldDepartment).throwIfAny();
		MeetingProblem raised = Jpa.write(context.emf, em -> {
			MeetingProblemEntity entity = Problems.existingMeeting(em, problem.meetingDate())
					.raise(MeetingProblem.raise(problem.meetingDate(), problem.raisedBy().strip(),
							problem.description().strip(), problem.departmentCode()));
			em.flush();
			MeetingProblem done = entity.toRecord();
			context.audit(em, actor, "team.problem.raise", PROBLEM, done.problemNo(), done.description());
			return done;
		});
		return raised;
	}

	@Override
	public MeetingProblem analyse(String problemNo, long seenVersion, ProblemAnalysis analysis, Principal actor) {
		context.checkManage(actor);
		MeetingProblem analysed = Jpa.write(context.emf, em -> {
			MeetingProblemEntity entity = Problems.existingProblem(em, problemNo);
			MeetingProblem stored = entity.toRecord();
			context.checkManage(actor, stored.departmentCode());
			Checks checks = new Checks(context).text(analysis.analysis(), Messages.fieldAnalysis, 2000, true)
					.day(analysis.analysedOn(), Messages.fieldAnalysedOn)
					.notBefore(analysis.analysedOn(), Messages.fieldAnalysedOn, stored.meetingDate(),
							Messages.fieldMeetingDate)
					.text(analysis.resolution(), Messages.fieldResolution, 1000, true)
					.staff(analysis.ownerStaffNo(), Messages.fieldOwner, true);
			if (analysis.due() == null) {
				checks.fail(NLS.bind(Messages.checkRequired, Messages.fieldDue));
			}
			checks.notBefore(analysis.due(), Messages.fieldDue, analysis.analysedOn(), Messages.fieldAnalysedOn);
			if (stored.resolved()) {
				checks.fail(NLS.bind(Messages.problemResolved, problemNo, stored.resolvedOn()));
			}
			checks.throwIfAny();
			MeetingProblem updated = stored.with(new ProblemAnalysis(analysis.analysis().strip(),
					analysis.analysedOn(), analysis.resolution().strip(), analysis.ownerStaffNo().strip(),
					analysis.due()));
			expectSeen(entity, seenVersion, problemNo);
			entity.update(updated);
			em.flush();
			context.audit(em, actor, "team.problem.analyse", PROBLEM, problemNo,
					updated.resolution() + "，责任人 " + updated.ownerStaffNo() + "，期限 " + updated.due());
			return entity.toRecord();
		});
		return analysed;
	}

	@Override
	public MeetingProblem resolve(String problemNo, long seenVersion, LocalDate resolvedOn, String how,
			Principal actor) {
		context.checkManage(actor);
		MeetingProblem resolved = Jpa.write(context.emf, em -> {
			MeetingProblemEntity entity = Problems.existingProblem(em, problemNo);
			MeetingProblem stored = entity.toRecord();
			context.checkManage(actor, stored.departmentCode());
			Checks checks = new Checks(context).day(resolvedOn, Messages.fieldResolvedOn)
					.text(how, Messages.fieldResolvedHow, 1000, true);
			if (!stored.analysed()) {
				checks.fail(NLS.bind(Messages.resolveNotAnalysed, problemNo));
			} else if (stored.resolved()) {
				checks.fail(NLS.bind(Messages.problemResolved, problemNo, stored.resolvedOn()));
			}
			checks.notBefore(resolvedOn, Messages.fieldResolvedOn, stored.analysedOn(), Messages.fieldAnalysedOn)
					.throwIfAny();
			MeetingProblem updated = stored.resolvedOn(resolvedOn, how.strip());
			expectSeen(entity, seenVersion, problemNo);
			entity.update(updated);
			em.flush();
			context.audit(em, actor, "team.problem.resolve", PROBLEM, problemNo,
					resolvedOn + "，" + updated.resolvedHow());
			return entity.toRecord();
		});
		return resolved;
	}

	@Override
	public List<Staff> supervisorsOn(LocalDate day, Principal viewer) {
		context.checkRead(viewer);
		return context.supervisorsOn(day).stream().map(context.directory::staff).flatMap(Optional::stream).toList();
	}

	@Override
	public OfficialDocument writeMinutes(LocalDate meetingDate, DocumentFormat format, OutputStream out,
			Principal viewer) throws IOException {
		context.checkRead(viewer);
		DocumentService writer = documents;
		if (writer == null) {
			throw new DuchaException(Messages.documentsUnavailable);
		}
		OfficialDocument minutes = Jpa.read(context.emf,
				em -> MinutesComposer.compose(agenda(em, meetingDate), context::staffName, context::departmentName));
		writer.write(minutes, format, out);
		context.auditUnchanged(viewer, "team.meeting.minutes", MEETING, meetingDate.toString(), format.name());
		return minutes;
	}

	/** Refuses a step taken from a view of the problem older than the stored one, naming who changed it. */
	private void expectSeen(MeetingProblemEntity entity, long seenVersion, String problemNo) {
		Versions.expect(entity.version(), seenVersion, context.audit, PROBLEM, problemNo,
				NLS.bind(Messages.problemLabel, problemNo));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.demo.DemoAccounts;
import ducha.core.security.AccessDeniedException;
import ducha.petitions.Channel;
import ducha.petitions.Conclusion;
import ducha.petitions.Disposition;
import ducha.petitions.IllegalTransitionException;
import ducha.petitions.Intake;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionState;
import ducha.petitions.Reporter;

class WorkflowTest {

	private PetitionService petitions;
	private Petition petition;
	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void register() {
		petitions = Osgi.service(PetitionService.class);
		petition = Court.register(Reporter.ANONYMOUS, today, Court.judges(1));
	}

	@Test
	void aPetitionWalksRegisteredAssignedVerifyingConcludedDisposedClosed() {
		assertEquals(PetitionState.REGISTERED, petition.state());
		assertEquals(Petition.ANONYMOUS, petition.reporter());
		assertEquals(today.plusDays(petitions.deadlineDays(Channel.LETTER)), petition.deadline());
		String no = petition.number();
		// each step names the version the previous one returned, as the detail pane does
		Petition assigned = petitions.assign(no, petition.version(), List.of(DemoAccounts.SUPERVISOR),
				Court.director());
		assertEquals(PetitionState.ASSIGNED, assigned.state());
		Petition verifying = petitions.startVerification(no, assigned.version(), Court.supervisor());
		assertEquals(PetitionState.VERIFYING, verifying.state());
		Petition concluded = petitions.conclude(no, verifying.version(), Conclusion.PARTLY_SUBSTANTIATED, "部分属实",
				today, Court.supervisor());
		assertEquals(PetitionState.CONCLUDED, concluded.state());
		assertEquals(Conclusion.PARTLY_SUBSTANTIATED, concluded.conclusion());
		Petition disposed = petitions.dispose(no, concluded.version(), Disposition.REMINDER_TALK, "谈话提醒", today,
				Court.supervisor());
		assertEquals(PetitionState.DISPOSED, disposed.state());
		assertEquals(PetitionState.CLOSED,
				petitions.close(no, disposed.version(), today, Court.supervisor()).state());
		assertEquals(disposed.version() + 1, Court.seen(no), "every step increases the version once");
	}

	@Test
	void theWorkflowRefusesIllegalTransitionsAndChangesNothing() {
		String no = petition.number();
		IllegalTransitionException early = assertThrows(IllegalTransitionException.class,
				() -> petitions.conclude(no, Court.seen(no), Conclusion.UNFOUNDED, "不实", today, Court.director()));
		assertEquals(PetitionState.REGISTERED, early.from());
		assertThrows(IllegalTransitionException.class, () -> petitions.startVerification(no, Court.seen(no),
				Court.director()));
		assertThrows(IllegalTransitionException.class,
				() -> petitions.dispose(no, Court.seen(no), Disposition.NO_ACTION, "", today, Court.director()));
		assertThrows(IllegalTransitionException.class, () -> petitions.close(no, Court.seen(no), today,
				Court.director()));

		petitions.assign(no, Court.seen(no), List.of(DemoAccounts.SUPERVISOR), Court.director());
		petitions.startVerification(no, Court.seen(no), Court.supervisor());
		assertThrows(IllegalTransitionException.class, () -> petitions.startVerification(no, Court.seen(no),
				Court.supervisor()));
		assertThrows(IllegalTransitionException.class, () -> petitions.close(no, Court.seen(no), today,
				Court.supervisor()));
		assertEquals(PetitionState.VERIFYING, petitions.get(no, Court.director()).state());
		assertEquals(null, petitions.get(no, Court.director()).conclusion());
	}

	@Test
	void onlyAssignedHandlersAndTheDirectorWorkOnAPetition() {
		String no = petition.number();
		assertThrows(AccessDeniedException.class, () -> petitions.assign(no, Court.seen(no),
				List.of(DemoAccounts.SUPERVISOR),
				Court.supervisor()), "only the director assigns");
		assertThrows(ValidationException.class, () -> petitions.assign(no, Court.seen(no), List.of(DemoAccounts.LEADER),
				Court.director()), "a court leader is no handler");
		petitions.assign(no, Court.seen(no), List.of(DemoAccounts.DIRECTOR), Court.director());
		assertThrows(AccessDeniedException.class, () -> petitions.startVerification(no, Court.seen(no),
				Court.supervisor()));
		assertThrows(AccessDeniedException.class, () -> petitions.addNote(no, "笔记", Court.supervisor()));
	}

	@Test
	void aTransferHandsTheAssignmentOverAndKeepsTheState() {
		String no = petition.number();
		petitions.assign(no, Court.seen(no), List.of(DemoAccounts.DIRECTOR), Court.director());
		petitions.startVerification(no, Court.seen(no), Court.director());
		Petition moved = petitions.transfer(no, Court.seen(no), DemoAccounts.DIRECTOR, DemoAccounts.SUPERVISOR, "工作调整",
				Court.director());
		assertEquals(List.of(DemoAccounts.SUPERVISOR), moved.handlers());
		assertEquals(PetitionState.VERIFYING, moved.state());
		assertTrue(petitions.mayRevealReporter(no, Court.supervisor()));
	}

	@Test
	void handlerNotesArePrivateToHandlersAndTheDirector() {
		String no = petition.number();
		petitions.assign(no, Court.seen(no), List.of(DemoAccounts.SUPERVISOR), Court.director());
		petitions.addNote(no, "已约谈书记员，待调取庭审录像", Court.supervisor());
		assertEquals(1, petitions.notes(no, Court.director()).size());
		assertThrows(AccessDeniedException.class, () -> petitions.notes(no, Court.leader()));
	}

	@Test
	void intakeListsEveryProblemAtOnce() {
		ValidationException e = assertThrows(ValidationException.class,
				() -> petitions.register(new Intake(Channel.REFERRAL, today.plusDays(3), Reporter.named(" ", null),
						List.of("99999"), "", "其他", null, null), Court.director()));
		assertTrue(e.problems().size() >= 5, e.problems()::toString);
		assertTrue(e.getMessage().contains("99999"), e.getMessage());
	}

	@Test
	void aReferralKeepsTheReferringBodyAndItsOwnDeadline() {
		LocalDate due = today.plusDays(10);
		Petition referral = petitions.register(new Intake(Channel.REFERRAL, today, Reporter.ANONYMOUS,
				Court.judges(2), "上级转办：反映两人违规", "违反廉洁纪律", "市中级人民法院督察室", due), Court.director());
		assertEquals(due, referral.deadline());
		assertEquals("市中级人民法院督察室", referral.referringBody());
		assertEquals(2, referral.reportedStaff().size());
		assertFalse(referral.overdue(today));
		assertTrue(referral.overdue(due.plusDays(1)));
	}
}

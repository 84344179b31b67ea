package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ConcurrentChangeException;
import ducha.core.demo.DemoAccounts;
import ducha.core.jpa.Jpa;
import ducha.petitions.Conclusion;
import ducha.petitions.Disposition;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionState;
import ducha.petitions.Reporter;

/**
 * Two desktops work on the same petition: a step made from a view of it older than the stored one is refused,
 * naming who changed it, and stores nothing; two steps passing that check at the same moment are told apart at
 * commit.
 */
class ConcurrentChangeTest {

	private final PetitionService petitions = Osgi.service(PetitionService.class);
	private final LocalDate today = LocalDate.now();
	private String no;

	@BeforeEach
	void petitionUnderVerification() {
		Petition registered = Court.register(Reporter.ANONYMOUS, today, Court.judges(1));
		no = registered.number();
		Petition assigned = petitions.assign(no, registered.version(), List.of(DemoAccounts.SUPERVISOR),
				Court.director());
		petitions.startVerification(no, assigned.version(), Court.supervisor());
	}

	@Test
	void aConclusionFromAnOutOfDateViewIsRefusedNamingWhoConcludedFirst() {
		Petition seenBySupervisor = petitions.get(no, Court.supervisor());
		Petition seenByDirector = petitions.get(no, Court.director());

		petitions.conclude(no, seenBySupervisor.version(), Conclusion.SUBSTANTIATED, "经核查属实", today,
				Court.supervisor());
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> petitions.conclude(no, seenByDirector.version(), Conclusion.UNFOUNDED, "经核查不实", today,
						Court.director()));

		assertEquals(DemoAccounts.SUPERVISOR, refused.changedBy().orElseThrow());
		assertTrue(refused.changedAt().isPresent());
		assertTrue(refused.getMessage().contains(no) && refused.getMessage().contains(DemoAccounts.SUPERVISOR),
				refused.getMessage());
		Petition stored = petitions.get(no, Court.director());
		assertEquals(Conclusion.SUBSTANTIATED, stored.conclusion(), "nothing of the refused conclusion is stored");
		assertEquals("经核查属实", stored.conclusionText());

		// once reloaded, the director's next step names the stored version and passes
		assertEquals(PetitionState.DISPOSED, petitions.dispose(no, stored.version(), Disposition.CRITICISM,
				"批评教育", today, Court.director()).state());
	}

	@Test
	void aHandlerChangeAlsoOvertakesAViewOfThePetition() {
		Petition seen = petitions.get(no, Court.director());
		petitions.assign(no, seen.version(), List.of(DemoAccounts.SUPERVISOR, DemoAccounts.DIRECTOR),
				Court.director());

		assertThrows(ConcurrentChangeException.class, () -> petitions.transfer(no, seen.version(),
				DemoAccounts.SUPERVISOR, DemoAccounts.DIRECTOR, "工作调整", Court.supervisor()));
		assertEquals(List.of(DemoAccounts.SUPERVISOR, DemoAccounts.DIRECTOR),
				petitions.get(no, Court.director()).handlers());
	}

	/**
	 * Two transactions hold the same petition; the other desktop's conclusion commits first: the later commit
	 * finds the row's version changed and {@link Jpa#write} refuses it as a concurrent change.
	 */
	@Test
	void theLaterOfTwoOverlappingChangesIsRefusedAtCommit() {
		assertThrows(ConcurrentChangeException.class, () -> Jpa.run(Osgi.petitionsUnit(), em -> {
			Object mine = em.createQuery("select p from PetitionEntity p where p.number = :no")
					.setParameter("no", no).getSingleResult();
			// another desktop concludes and commits while this transaction still holds its old copy
			petitions.conclude(no, Court.seen(no), Conclusion.SUBSTANTIATED, "属实", today, Court.supervisor());
			em.lock(mine, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		}));

		assertEquals(Conclusion.SUBSTANTIATED, petitions.get(no, Court.director()).conclusion());
	}
}

package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.security.Principal;
import ducha.core.spi.ScreeningClueSource.ScreeningClue;
import ducha.core.spi.ScreeningClueSource;
import ducha.petitions.Clue;
import ducha.petitions.ClueKind;
import ducha.petitions.ClueService;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.ScreeningOutcome;
import ducha.petitions.internal.jpa.ClueEntity;
import ducha.petitions.internal.jpa.PetitionEntity;

/** The screening library on {@code screening_clue}. */
@Component(service = { ClueService.class, DefaultClueService.class })
public class DefaultClueService implements ClueService {

	static final String LEDGER_SOURCE = "ledger";

	@Reference
	private PetitionsUnit unit;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<ScreeningClueSource> sources;

	@Override
	public List<Clue> clues(Principal viewer) {
		unit.access().checkList(viewer);
		return Jpa.read(unit.emf(), em -> em
				.createQuery("select c from ClueEntity c order by c.flaggedOn desc, c.id desc", ClueEntity.class)
				.getResultList().stream().map(ClueEntity::toRecord).filter(c -> visible(viewer, c)).toList());
	}

	@Override
	public int refreshFromSources(Principal actor) {
		unit.authorization().check(actor, PetitionPermissions.SCREEN);
		List<ScreeningClueSource> current = sources == null ? List.of() : List.copyOf(sources);
		int added = 0;
		for (ScreeningClueSource source : current) {
			List<ClueEntity> clues = source.clues().stream().map(c -> entity(source.source(), c)).toList();
			added += add(clues);
		}
		if (added > 0) {
			unit.audit().record(actor, "clue.refresh", "clue", null, NLS.bind(Messages.auditCluesRefreshed, added));
		}
		return added;
	}

	private static ClueEntity entity(String source, ScreeningClue clue) {
		ClueKind kind = switch (clue.kind()) {
		case ScreeningClue.UNQUALIFIED -> ClueKind.UNQUALIFIED;
		case ScreeningClue.REVERSED -> ClueKind.REVERSED_OR_REMANDED;
		case ScreeningClue.RETRIAL -> ClueKind.RETRIAL;
		default -> throw new ValidationException(
				NLS.bind(Messages.clueKindUnknown, new Object[] { source, clue.caseNumber(), clue.kind() }));
		};
		return new ClueEntity(source, kind, clue.caseNumber(), clue.staffNo(), clue.departmentCode(),
				clue.flaggedOn(), clue.description());
	}

	/** Stores the clues the library does not hold yet, in one transaction; returns how many. */
	int add(List<ClueEntity> clues) {
		return Jpa.write(unit.emf(), em -> {
			Set<String> known = new HashSet<>(keys(em));
			int added = 0;
			for (ClueEntity clue : clues) {
				if (known.add(clue.key())) {
					em.persist(clue);
					added++;
				}
			}
			return added;
		});
	}

	private static List<String> keys(EntityManager em) {
		return em.createQuery("select c from ClueEntity c", ClueEntity.class).getResultList().stream()
				.map(ClueEntity::key).toList();
	}

	@Override
	public Clue screen(long clueId, long seenVersion, ScreeningOutcome outcome, String note, String petitionNumber,
			LocalDate on, Principal actor) {
		unit.authorization().check(actor, PetitionPermissions.SCREEN);
		unit.access().checkList(actor);
		if (outcome == null || outcome == ScreeningOutcome.PENDING || on == null) {
			throw new ValidationException(Messages.outcomeMissing);
		}
		if (outcome == ScreeningOutcome.MERGED && (petitionNumber == null || petitionNumber.isBlank())) {
			throw new ValidationException(Messages.mergedPetitionMissing);
		}
		Clue clue = Jpa.write(unit.emf(), em -> {
			ClueEntity c = em.find(ClueEntity.class, clueId);
			if (c == null || !visible(actor, c.toRecord())) {
				throw new NotFoundException(NLS.bind(Messages.clueNotFound, clueId));
			}
			Versions.expect(c.version(), seenVersion, unit.audit(), "clue", String.valueOf(clueId),
					NLS.bind(Messages.clueLabel, c.toRecord().caseNumber()));
			String merged = null;
			if (outcome == ScreeningOutcome.MERGED) {
				PetitionEntity petition = Petitions.find(em, petitionNumber);
				if (!unit.access().maySee(actor, petition)) {
					throw Petitions.notFound(petitionNumber);
				}
				merged = petition.number();
			}
			c.screen(outcome, note == null ? null : note.strip(), merged, on, actor.username());
			em.flush();
			Clue done = c.toRecord();
			unit.audit().recordIn(em, actor, "clue.screen", "clue", String.valueOf(clueId), outcome.label());
			return done;
		});
		return clue;
	}

	/**
	 * A clue about a case the viewer handled is not theirs to see (the library is where the office looks for what
	 * to investigate); a viewer limited to some departments sees the clues of those departments only.
	 */
	private static boolean visible(Principal viewer, Clue clue) {
		return !(viewer.staffNo() != null && viewer.staffNo().equals(clue.staffNo())) && inScope(viewer, clue);
	}

	private static boolean inScope(Principal viewer, Clue clue) {
		return viewer.scope().all() || clue.departmentCode() != null && viewer.scope().includes(clue.departmentCode());
	}
}

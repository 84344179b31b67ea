package ducha.petitions.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.crypto.SecretKey;

import jakarta.persistence.EntityManager;

import ducha.core.jpa.Counters;
import ducha.petitions.PetitionState;
import ducha.petitions.internal.jpa.PetitionEntity;

/**
 * Stores imported petitions as intake stores a new one, inside the import's transaction: the row with the state its
 * workflow reached, the petition's data key wrapped for every holder, and the reporter sealed with that key and the
 * petition's number ({@link ReporterSeal}), so that an imported identity is kept exactly as one registered at the
 * desk. Afterwards the numbering counter of each year moves past the numbers imported.
 */
final class ImportedPetitions {

	private final PetitionKeys keys;
	private final ReporterSeal seal;

	ImportedPetitions(PetitionKeys keys, ReporterSeal seal) {
		this.keys = keys;
		this.seal = seal;
	}

	/** The petitions among these whose number is stored already (numbers are never overwritten). */
	static List<ImportedPetition> alreadyStored(EntityManager em, List<ImportedPetition> petitions) {
		Set<String> stored = new HashSet<>();
		petitions.stream().map(ImportedPetition::year).distinct()
				.forEach(year -> stored.addAll(em
						.createQuery("select p.number from PetitionEntity p where p.number like :prefix", String.class)
						.setParameter("prefix", Petitions.PREFIX + year + "-%").getResultList()));
		return petitions.stream().filter(p -> stored.contains(p.number())).toList();
	}

	/** Persists the petition and seals its reporter, as {@link ImportedPetition#registeredBy}. */
	void store(EntityManager em, ImportedPetition p) {
		String registeredBy = p.registeredBy();
		PetitionEntity e = new PetitionEntity(p.number(), p.channel(), p.receivedOn(), !p.protectedReporter(), null,
				p.summary(), p.category(), p.referringBody(), p.deadline(), p.reportedStaff(), registeredBy);
		if (p.state().concluded()) {
			e.conclude(p.conclusion(), p.conclusionText(), p.concludedOn());
		}
		if (p.state().compareTo(PetitionState.DISPOSED) >= 0) {
			e.dispose(p.disposition(), p.dispositionText(), p.disposedOn());
		}
		if (p.state() == PetitionState.CLOSED) {
			e.close(p.closedOn());
		}
		e.setState(p.state());
		em.persist(e);
		em.flush();
		if (p.reporter() == null || p.reporter().anonymous()) {
			// as at intake: a key for the petition's files, when some holder has a key pair
			keys.create(em, e, registeredBy);
		} else {
			// the number is part of the sealed identity's associated data: sealed once the row is stored
			SecretKey key = keys.require(em, e, registeredBy);
			e.setReporterSealed(seal.seal(p.reporter(), e.number(), key));
			em.flush();
		}
	}

	/**
	 * Moves the counter of each year imported to the highest number stored in it (the file's, once flushed, or one
	 * stored before the counter existed), so that the next intake follows them.
	 */
	static void catchUpCounters(EntityManager em, List<ImportedPetition> petitions) {
		Set<Integer> years = new TreeSet<>();
		petitions.forEach(p -> years.add(p.year()));
		years.forEach(year -> Counters.catchUp(em, Petitions.COUNTER, year, Petitions.highestStored(em, year)));
	}
}

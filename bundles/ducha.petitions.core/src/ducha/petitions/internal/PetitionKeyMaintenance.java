package ducha.petitions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.crypto.SecretKey;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DuchaException;
import ducha.core.attachments.AttachmentService;
import ducha.core.jpa.Jpa;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.core.security.RecoveryKey;
import ducha.core.spi.KeyGrantStore;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.internal.jpa.PetitionEntity;

/**
 * The petitions' keys over all petitions: grants made again for an account whose password an administrator reset
 * ({@code ducha-cli keys regrant}), and the move of what earlier versions sealed with the data folder's key files
 * to envelopes ({@code ducha-cli petitions rekey}).
 */
@Component(service = { KeyGrantStore.class, PetitionKeyMaintenance.class })
public class PetitionKeyMaintenance implements KeyGrantStore {

	/** What one rekeying run did. */
	public record Rekeyed(int petitions, int identities, int files, List<String> skipped) {
	}

	@Reference
	private PetitionsUnit unit;

	@Reference
	private PetitionKeys keys;

	@Reference
	private ReporterSeal seal;

	@Reference
	private AttachmentService attachments;

	@Override
	public String id() {
		return "petitions";
	}

	/**
	 * With the recovery key it needs {@code users.admin} (whoever resets passwords); without, the actor grants what
	 * it holds and may work on itself (the office director).
	 */
	@Override
	public int regrant(String username, Optional<RecoveryKey> recovery, Principal actor) {
		if (recovery.isPresent()) {
			unit.authorization().check(actor, CorePermissions.USERS_ADMIN);
		} else {
			unit.authorization().check(actor, PetitionPermissions.HANDLE);
		}
		int count = 0;
		for (String number : numbers()) {
			List<String> granted = Jpa.write(unit.emf(), em -> {
				PetitionEntity e = Petitions.find(em, number);
				if (recovery.isEmpty() && !unit.access().mayWork(actor, e)) {
					return List.<String>of();
				}
				return keys.regrant(em, e, recovery, actor);
			});
			keys.audit(actor, number, granted);
			if (granted.contains(username)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Moves every petition's identity sealed with {@code keys/petitions.key} and files sealed with
	 * {@code keys/attachments.key} to the petition's data key (made when it has none), petition by petition: its
	 * grants and identity in one transaction, then its files in one. Needs {@code petitions.assign} (the office
	 * director); a petition the actor holds no key of, or whose old value does not open here, is skipped and named.
	 * Running it again moves nothing twice.
	 */
	public Rekeyed rekey(Principal actor, Consumer<String> progress) {
		unit.authorization().check(actor, PetitionPermissions.ASSIGN);
		int petitions = 0;
		int identities = 0;
		int files = 0;
		List<String> skipped = new ArrayList<>();
		for (String number : numbers()) {
			try {
				boolean identity = Jpa.write(unit.emf(), em -> rekeyIdentity(em, Petitions.find(em, number), actor));
				int moved = attachments.rekey(PetitionAttachments.OWNER, number, actor);
				if (identity || moved > 0) {
					petitions++;
					identities += identity ? 1 : 0;
					files += moved;
					unit.audit().record(actor, "petition.rekey", DefaultPetitionService.OBJECT, number,
							NLS.bind(Messages.auditRekeyed, identity ? 1 : 0, moved));
					progress.accept(NLS.bind(Messages.rekeyedOne, new Object[] { number, identity ? 1 : 0, moved }));
				}
			} catch (DuchaException e) {
				skipped.add(number);
				progress.accept(NLS.bind(Messages.rekeySkipped, number, e.getMessage()));
			}
		}
		return new Rekeyed(petitions, identities, files, skipped);
	}

	/** Gives the petition a data key if it has none and reseals an identity of the key file; true when resealed. */
	private boolean rekeyIdentity(EntityManager em, PetitionEntity e, Principal actor) {
		String sealed = e.reporterSealed();
		boolean old = sealed != null && !seal.enveloped(sealed);
		if (keys.enveloped(em, e)) {
			if (old) {
				SecretKey key = keys.open(em, e, actor).key();
				e.setReporterSealed(seal.seal(seal.open(sealed, e.number(), null), e.number(), key));
			}
			return old;
		}
		Optional<SecretKey> key = keys.create(em, e, actor.username());
		if (key.isEmpty()) {
			throw new DuchaException(NLS.bind(Messages.noKeyHolder, e.number()));
		}
		if (old) {
			e.setReporterSealed(seal.seal(seal.open(sealed, e.number(), null), e.number(), key.get()));
		}
		return old;
	}

	private List<String> numbers() {
		return Jpa.read(unit.emf(), em -> em
				.createQuery("select p.number from PetitionEntity p order by p.id", String.class).getResultList());
	}
}

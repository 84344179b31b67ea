package ducha.petitions.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DuchaException;
import ducha.core.security.Envelopes;
import ducha.core.security.KeyUnavailableException;
import ducha.core.security.Principal;
import ducha.core.security.RecoveryKey;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import ducha.core.security.WrappedKey;
import ducha.petitions.internal.jpa.KeyGrantEntity;
import ducha.petitions.internal.jpa.PetitionEntity;

/**
 * Each petition's data key (envelope encryption) and its grants in {@code petition_key}. The holders are exactly
 * the accounts that may reveal the reporter ({@link PetitionAccess#mayWork}: the enabled assigned handlers and
 * office directors, never one the petition names) plus the office's recovery key.
 * <p>
 * The rule for grants: intake wraps the new key for every holder (public keys only, nothing to unlock). Whoever
 * assigns or transfers and holds a grant themselves grants the new handlers at once; otherwise the new handler's
 * grant is pending, and is completed the next time any holder opens the petition (reveals the reporter, reads or
 * adds a file). A holder whose key pair was replaced (an administrator's password reset) is granted again the same
 * way. Grants of accounts that are no longer holders (a handler transferred away) are removed. Every grant made
 * after intake is audited as {@code petition.key.grant}.
 */
@Component(service = PetitionKeys.class)
public class PetitionKeys {

	/** The petition's data key, and the holders granted while opening it (to audit). */
	record Opened(SecretKey key, List<String> granted) {
	}

	@Reference
	private PetitionsUnit unit;

	@Reference
	private Envelopes envelopes;

	@Reference
	private UserService users;

	/** What a petition's wrapped key is bound to. */
	static String context(String number) {
		return DefaultPetitionService.OBJECT + ':' + number;
	}

	/** True when the petition has a data key (registered since envelope encryption, or rekeyed). */
	boolean enveloped(EntityManager em, PetitionEntity petition) {
		return !grants(em, petition).isEmpty();
	}

	/**
	 * A new data key for the petition, wrapped for every holder. Needs no unlocked key. Empty when no holder has a
	 * key pair (a petition naming the office director, before the office set up its recovery key): a key wrapped
	 * for nobody would open for nobody, so the petition gets none.
	 */
	Optional<SecretKey> create(EntityManager em, PetitionEntity petition, String by) {
		SecretKey key = envelopes.newDataKey();
		return grantMissing(em, petition, key, by).isEmpty() ? Optional.empty() : Optional.of(key);
	}

	/**
	 * A new data key for a petition that must have one (its reporter is named).
	 *
	 * @throws DuchaException when no holder has a key pair
	 */
	SecretKey require(EntityManager em, PetitionEntity petition, String by) {
		return create(em, petition, by)
				.orElseThrow(() -> new DuchaException(NLS.bind(Messages.noKeyHolder, petition.number())));
	}

	/**
	 * The petition's data key unwrapped with the actor's grant; completes the pending grants.
	 *
	 * @throws KeyUnavailableException when the actor holds no (current) grant or did not log in with a password
	 */
	Opened open(EntityManager em, PetitionEntity petition, Principal actor) {
		KeyGrantEntity own = grants(em, petition).get(actor.username());
		if (own == null) {
			throw new KeyUnavailableException(NLS.bind(Messages.noGrant, petition.number(), actor.username()));
		}
		SecretKey key = envelopes.unwrap(own.toWrapped(), context(petition.number()), actor);
		return new Opened(key, grantMissing(em, petition, key, actor.username()));
	}

	/**
	 * After the handlers changed: removes the grants of former holders, and grants the new ones when the actor can
	 * unwrap (otherwise they are pending). Returns the holders granted.
	 */
	List<String> handlersChanged(EntityManager em, PetitionEntity petition, Principal actor) {
		Map<String, KeyGrantEntity> grants = grants(em, petition);
		if (grants.isEmpty()) {
			return List.of();
		}
		Set<String> holders = holders(petition);
		grants.values().stream().filter(g -> !holders.contains(g.holder())).forEach(em::remove);
		KeyGrantEntity own = grants.get(actor.username());
		if (own == null || !holders.contains(actor.username()) || !envelopes.unlocked(actor)
				|| !envelopes.current(own.toWrapped())) {
			return List.of();
		}
		return open(em, petition, actor).granted();
	}

	/**
	 * Grants every holder without a current grant, unwrapping with the office's recovery key when given, otherwise
	 * with the actor's own grant. Returns the holders granted; empty also when neither key opens the petition.
	 */
	List<String> regrant(EntityManager em, PetitionEntity petition, Optional<RecoveryKey> recovery,
			Principal actor) {
		String context = context(petition.number());
		Map<String, KeyGrantEntity> grants = grants(em, petition);
		KeyGrantEntity grant = grants.get(recovery.isPresent() ? Envelopes.RECOVERY : actor.username());
		if (grant == null || !envelopes.current(grant.toWrapped())
				|| recovery.isEmpty() && !envelopes.unlocked(actor)) {
			return List.of();
		}
		SecretKey key = recovery.isPresent() ? envelopes.recover(grant.toWrapped(), context, recovery.get())
				: envelopes.unwrap(grant.toWrapped(), context, actor);
		return grantMissing(em, petition, key, actor.username());
	}

	/** Audits the grants an operation made, after its commit (a read may make grants: it changes nothing else). */
	void audit(Principal actor, String number, List<String> granted) {
		if (!granted.isEmpty()) {
			unit.audit().record(actor, "petition.key.grant", DefaultPetitionService.OBJECT, number,
					String.join("、", granted));
		}
	}

	/** Wraps the key for every holder without a current grant; returns their names. */
	private List<String> grantMissing(EntityManager em, PetitionEntity petition, SecretKey key, String by) {
		Map<String, KeyGrantEntity> grants = grants(em, petition);
		List<String> granted = new ArrayList<>();
		for (String holder : holders(petition)) {
			KeyGrantEntity grant = grants.get(holder);
			if (grant != null && envelopes.current(grant.toWrapped())) {
				continue;
			}
			Optional<WrappedKey> wrapped = envelopes.wrap(key, holder, context(petition.number()));
			if (wrapped.isEmpty()) {
				continue;
			}
			if (grant == null) {
				em.persist(new KeyGrantEntity(petition.id(), wrapped.get(), by));
			} else {
				grant.replace(wrapped.get(), by);
			}
			granted.add(holder);
		}
		em.flush();
		return granted;
	}

	/** The accounts that may reveal the petition's reporter, and the recovery key. */
	private Set<String> holders(PetitionEntity petition) {
		PetitionAccess access = unit.access();
		Set<String> holders = new LinkedHashSet<>();
		users.users().stream().filter(UserAccount::enabled).map(UserAccount::toPrincipal)
				.filter(p -> access.mayWork(p, petition)).forEach(p -> holders.add(p.username()));
		holders.add(Envelopes.RECOVERY);
		return holders;
	}

	private static Map<String, KeyGrantEntity> grants(EntityManager em, PetitionEntity petition) {
		return em.createQuery("select g from KeyGrantEntity g where g.petitionId = :id", KeyGrantEntity.class)
				.setParameter("id", petition.id()).getResultList().stream()
				.collect(Collectors.toMap(KeyGrantEntity::holder, Function.identity()));
	}
}

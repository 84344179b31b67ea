package ducha.core.internal;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.internal.audit.AuditWriter;
import ducha.core.jpa.Jpa;
import ducha.core.security.AuthorizationService;

/**
 * What every platform service that keeps records works with: the {@code ducha.core} persistence unit, the audit
 * writer that records each change in the change's transaction, and the permission checks. One reference in each
 * service instead of the same three.
 */
@Component(service = CoreUnit.class)
public class CoreUnit {

	@Reference(target = "(osgi.unit.name=ducha.core)")
	private EntityManagerFactory emf;

	@Reference
	private AuditWriter audit;

	@Reference
	private AuthorizationService authorization;

	/** @see Jpa#read */
	public <T> T read(Function<EntityManager, T> work) {
		return Jpa.read(emf, work);
	}

	/** @see Jpa#write */
	public <T> T write(Function<EntityManager, T> work) {
		return Jpa.write(emf, work);
	}

	/** @see Jpa#run */
	public void run(Consumer<EntityManager> work) {
		Jpa.run(emf, work);
	}

	/** The record of the entity with this key, or empty (also for a null key). */
	public <E, R> Optional<R> find(Class<E> entity, Object key, Function<E, R> toRecord) {
		if (key == null) {
			return Optional.empty();
		}
		return read(em -> Optional.ofNullable(em.find(entity, key)).map(toRecord));
	}

	public AuditWriter audit() {
		return audit;
	}

	public AuthorizationService authorization() {
		return authorization;
	}
}

package ducha.persistence.internal;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

/**
 * One persistence unit's EntityManagerFactory, registered as a service factory: made at deployment, or with
 * {@link JpaExtender#LAZY_UNITS_PROPERTY} when a service first asks for it, so that a short command line run pays
 * EclipseLink's metadata processing only for the units its command uses. Every bundle gets the same factory.
 */
final class LazyUnit implements ServiceFactory<EntityManagerFactory> {

	private final String name;
	private final Map<String, Object> properties;
	private EntityManagerFactory factory;
	private boolean closed;

	LazyUnit(String name, Map<String, Object> properties) {
		this.name = name;
		this.properties = properties;
	}

	String name() {
		return name;
	}

	/**
	 * The unit's factory, deployed at the first call (a failure is thrown to that caller and retried by the next).
	 *
	 * @throws IllegalStateException when EclipseLink finds no such unit or the unit was closed
	 */
	synchronized EntityManagerFactory factory() {
		if (closed) {
			throw new IllegalStateException("persistence unit " + name + " is closed");
		}
		if (factory == null) {
			EntityManagerFactory created = new PersistenceProvider().createEntityManagerFactory(name, properties);
			if (created == null) {
				throw new IllegalStateException("EclipseLink found no unit " + name);
			}
			try {
				created.createEntityManager().close(); // deploy now: fail here, not in the caller's first query
			} catch (RuntimeException e) {
				created.close();
				throw e;
			}
			factory = created;
		}
		return factory;
	}

	@Override
	public EntityManagerFactory getService(Bundle bundle, ServiceRegistration<EntityManagerFactory> registration) {
		return factory();
	}

	@Override
	public void ungetService(Bundle bundle, ServiceRegistration<EntityManagerFactory> registration,
			EntityManagerFactory service) {
		// shared by every bundle: closed with the unit, not when one user lets go
	}

	/** Closes the factory if it was made; later calls of {@link #factory()} fail. */
	synchronized void close() {
		closed = true;
		if (factory != null && factory.isOpen()) {
			factory.close();
		}
	}
}

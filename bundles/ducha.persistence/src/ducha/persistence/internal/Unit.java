package ducha.persistence.internal;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.framework.ServiceRegistration;

/** A deployed persistence unit and its service registration. */
record Unit(LazyUnit unit, ServiceRegistration<EntityManagerFactory> registration) {

	void close() {
		try {
			registration.unregister();
		} catch (IllegalStateException alreadyGone) {
			// the bundle stopped first and the framework unregistered it
		}
		unit.close();
	}
}

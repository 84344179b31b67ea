package ducha.persistence.internal;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.framework.ServiceRegistration;

/** A deployed persistence unit and its service registration. */
record Unit(String name, EntityManagerFactory factory, ServiceRegistration<EntityManagerFactory> registration) {

	void close() {
		try {
			registration.unregister();
		} catch (IllegalStateException alreadyGone) {
			// the bundle stopped first and the framework unregistered it
		}
		if (factory.isOpen()) {
			factory.close();
		}
	}
}

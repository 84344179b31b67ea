package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import ducha.cli.OnFirstUse;
import ducha.core.security.UserService;

/**
 * The plugins' commands hold their services as {@link OnFirstUse} proxies: building a command (for help) looks
 * nothing up, a call outside a run of ducha-cli is refused, and a call in a run reaches the registered service
 * (every plugin command test runs through them).
 */
class OnFirstUseTest {

	@Test
	void describingTheProxyLooksNothingUpAndACallOutsideARunIsRefused() {
		UserService users = OnFirstUse.service(UserService.class);
		assertTrue(users.toString().contains("UserService"), users::toString);
		assertEquals(users, users);
		assertNotEquals(users, OnFirstUse.service(UserService.class));
		assertThrows(IllegalStateException.class, users::demoAccounts, "no run of ducha-cli under way");
		Supplier<UserService> supplier = OnFirstUse.supplier(UserService.class);
		assertThrows(IllegalStateException.class, supplier::get);
	}

	@Test
	void aClassIsRefusedAsAProxy() {
		assertThrows(IllegalArgumentException.class, () -> OnFirstUse.service(String.class));
	}
}

package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ducha.core.DuchaException;
import ducha.persistence.internal.RuntimeGrants.Privilege;

/**
 * What the runtime role of a PostgreSQL database gets on each table: all four privileges unless a bundle's header
 * says less; Flyway's history only select. The grants themselves are tested on PostgreSQL by ducha.core.tests'
 * RuntimeRoleTest.
 */
class RuntimeGrantsTest {

	@Test
	void aHeaderNarrowsItsTablesAndLeavesTheOthersAllFour() {
		RuntimeGrants grants = new RuntimeGrants(RuntimeGrants.parse("ducha.core",
				"audit_entry=select insert,Audit_Chain_Head = SELECT  UPDATE"));
		assertEquals(EnumSet.of(Privilege.SELECT, Privilege.INSERT), grants.privileges("audit_entry"));
		assertEquals(EnumSet.of(Privilege.SELECT, Privilege.UPDATE), grants.privileges("audit_chain_head"));
		assertEquals(EnumSet.allOf(Privilege.class), grants.privileges("department"));
		assertEquals(EnumSet.of(Privilege.SELECT), grants.privileges("flyway_ducha_core"), "no faked migration");
		assertEquals(Map.of(), RuntimeGrants.parse("ducha.cases.core", null));
	}

	@Test
	void aHeaderGrantingMoreThanRowsOrNamingNoTableIsRefusedNamingTheBundle() {
		for (String header : new String[] { "audit_entry=select truncate", "audit_entry", "audit_entry; drop=select",
				"audit_entry=" }) {
			DuchaException refused = assertThrows(DuchaException.class,
					() -> RuntimeGrants.parse("ducha.sample.core", header), header);
			assertTrue(refused.getMessage().contains("ducha.sample.core"), refused.getMessage());
		}
	}

	@Test
	void rolesAndSchemasAreQuotedIdentifiers() {
		assertEquals("\"ducha_app\"", RuntimeGrants.quote("ducha_app"));
		assertEquals("\"x\"\"; drop role y; --\"", RuntimeGrants.quote("x\"; drop role y; --"));
	}
}

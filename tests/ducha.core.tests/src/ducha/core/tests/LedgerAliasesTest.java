package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.DataFolder;
import ducha.core.directory.DepartmentKind;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;

/**
 * The closed lists of the ledgers take the court's own words through {@code ledger.aliases} in the data folder, and
 * a value that is neither accepted nor an alias is refused naming the accepted values and the closest of them.
 */
class LedgerAliasesTest {

	@TempDir
	Path dir;

	private final LedgerService ledgers = Osgi.service(LedgerService.class);
	private final DirectoryService directory = Osgi.service(DirectoryService.class);
	private final Path aliases = DataFolder.get().resolve("ledger.aliases");

	@BeforeEach
	@AfterEach
	void noAliases() throws IOException {
		Osgi.resetCoreTables();
		Files.deleteIfExists(aliases);
	}

	@Test
	void aConfiguredAliasIsReadAsTheValueItStandsFor() throws IOException {
		Path file = departments("LAT,立案庭,业务庭\nZXJ,执行局,执行\n");
		assertThrows(LedgerValidationException.class, () -> ledgers.importFile("departments", file, Fixtures.ADMIN));

		Files.createDirectories(aliases.getParent());
		Files.writeString(aliases, """
				# 本院台账的写法 = 标准值
				业务庭 = 审判部门
				执行 = 执行部门
				执行 = 执行局
				""", StandardCharsets.UTF_8);
		ledgers.importFile("departments", file, Fixtures.ADMIN);

		assertEquals(DepartmentKind.TRIAL, directory.department("LAT").orElseThrow().kind());
		assertEquals(DepartmentKind.ENFORCEMENT, directory.department("ZXJ").orElseThrow().kind());
	}

	@Test
	void anUnknownValueIsRefusedNamingTheAcceptedValuesAndTheClosest() throws IOException {
		Path file = departments("ZXJ,执行局,执行部\nLAT,立案庭,xyz\n");

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("departments", file, Fixtures.ADMIN));

		List<LedgerProblem> problems = e.ledgerProblems();
		assertEquals(List.of(2, 3), problems.stream().map(LedgerProblem::row).toList());
		assertTrue(problems.get(0).reason().contains("院领导、审判部门、执行部门"), problems.get(0).reason());
		assertTrue(problems.get(0).reason().endsWith("您是否指：执行部门"), problems.get(0).reason());
		assertTrue(!problems.get(1).reason().contains("您是否指"), "nothing is close to xyz: " + problems.get(1));
	}

	@Test
	void aBrokenAliasFileIsRefusedNamingFileAndLine() throws IOException {
		Files.createDirectories(aliases.getParent());
		Files.writeString(aliases, "业务庭 = 审判部门\n执行 执行部门\n", StandardCharsets.UTF_8);
		Path file = departments("LAT,立案庭,业务庭\n");

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("departments", file, Fixtures.ADMIN));

		assertEquals(List.of(new LedgerProblem("ledger.aliases", 2, null, e.ledgerProblems().get(0).reason())),
				e.ledgerProblems());
		assertTrue(e.getMessage().startsWith("ledger.aliases:2: ") && e.getMessage().contains("执行 执行部门"),
				e.getMessage());
	}

	private Path departments(String rows) throws IOException {
		return Files.writeString(dir.resolve("部门.csv"), "编码,名称,类型\n" + rows, StandardCharsets.UTF_8);
	}
}

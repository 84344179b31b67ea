package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.osgi.framework.FrameworkUtil;

import ducha.cases.CaseFamily;
import ducha.cases.CaseNumber;
import ducha.cases.CaseStage;
import ducha.cases.CaseType;
import ducha.cases.MalformedCaseNumberException;

/** The SPC's case-type table as the register reads it (ducha/cases/case-types.tsv). */
class CaseTypeTableTest {

	@TestFactory
	Stream<DynamicTest> everyCodeOfTheTableMakesACaseNumberOfItsFamily() {
		return CaseType.all().stream().map(type -> DynamicTest.dynamicTest(type.code(), () -> {
			CaseNumber number = CaseNumber.parse("（2024）川0724" + type.code() + "1号");
			assertEquals("川0724", number.courtCode());
			assertEquals(type.code(), number.type());
			assertEquals(1, number.sequence());
			assertEquals(type, number.caseType().orElseThrow());
			assertEquals(type.family(), number.family().orElseThrow());
			assertEquals(type.code(), CaseNumber.parse("(2024)川07" + type.code() + "23号").type(), "intermediate court");
		}));
	}

	@Test
	void theTableHoldsEveryClassOfTheStandard() {
		List<CaseType> all = CaseType.all();
		assertTrue(all.size() >= 130, "codes: " + all.size());
		assertEquals(EnumSet.allOf(CaseFamily.class), all.stream().map(CaseType::family)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseFamily.class))));
		assertEquals(all.size(), CaseType.codes().size(), "every code once");
		// what earlier versions accepted and the standard has, with the family the watch lists see
		Map<String, CaseFamily> known = Map.ofEntries(Map.entry("民初", CaseFamily.CIVIL),
				Map.entry("民辖", CaseFamily.JURISDICTION), Map.entry("刑更", CaseFamily.CRIMINAL),
				Map.entry("行审", CaseFamily.ADMINISTRATIVE), Map.entry("执", CaseFamily.ENFORCEMENT),
				Map.entry("执保", CaseFamily.ENFORCEMENT), Map.entry("财保", CaseFamily.PRESERVATION),
				Map.entry("破申", CaseFamily.BANKRUPTCY), Map.entry("司惩", CaseFamily.SANCTION),
				Map.entry("委赔", CaseFamily.COMPENSATION), Map.entry("协外认", CaseFamily.INTERNATIONAL));
		known.forEach((code, family) -> assertEquals(family, CaseType.find(code).orElseThrow().family(), code));
	}

	@Test
	void theSixCodesAnOfficeFoundRefusedAreAccepted() {
		Map<String, CaseFamily> issue = Map.of("民诉前调", CaseFamily.CIVIL, "司救民", CaseFamily.COMPENSATION, "刑医",
				CaseFamily.CRIMINAL, "证保", CaseFamily.PRESERVATION, "行保", CaseFamily.PRESERVATION, "认台",
				CaseFamily.INTERREGIONAL);
		issue.forEach((code, family) -> {
			CaseNumber n = CaseNumber.parse("（2021）川0104" + code + "801号");
			assertEquals(code, n.type());
			assertEquals(family, n.family().orElseThrow(), code);
		});
		assertEquals("民事诉前调解案件", CaseType.find("民诉前调").orElseThrow().name());
		assertEquals(CaseStage.PRE_LITIGATION_MEDIATION, CaseType.find("民诉前调").orElseThrow().stage());
		// the longer code is read whole, not as 刑医 followed by something else
		assertEquals("刑医解", CaseNumber.parse("（2022）川07刑医解3号").type());
	}

	@Test
	void anUnknownCodeIsRefusedNamingTheClosestKnownOne() {
		assertReason("（2020）川0724行赔3号", "案件类型代字“行赔”未知", "“行赔初”");
		assertReason("（2020）川0724司救5号", "“司救”未知", "“司救刑”（刑事司法救助案件）");
		assertReason("（2020）川0724民诉前4号", "“民诉前”未知", "“民诉前调”");
		assertReason("（2020）川0724刑医x4号", "“刑医x”未知", "“刑医");
		assertFalse(CaseType.find("司赔").isPresent(), "in no source: not accepted");
	}

	@Test
	void retrialsAreTheTableStepNotTheLastCharacter() {
		Set<String> retrials = CaseType.all().stream().filter(t -> t.stage() == CaseStage.RETRIAL)
				.map(CaseType::code).collect(Collectors.toSet());
		assertEquals(Set.of("民再", "刑再", "行再", "行赔再", "委赔提", "委赔再"), retrials);
	}

	@Test
	void theMigrationGivesStoredRowsTheFamilyOfTheTable() throws Exception {
		URL migration = FrameworkUtil.getBundle(CaseType.class).getEntry("db/cases/V6__case_type_family.sql");
		String sql;
		try (InputStream in = migration.openStream()) {
			sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher update = Pattern.compile("set case_family = '(\\w+)'\\s+where case_type in \\(([^)]*)\\)").matcher(sql);
		Map<String, CaseFamily> migrated = new HashMap<>();
		while (update.find()) {
			for (String quoted : update.group(2).split(",")) {
				migrated.put(quoted.strip().replace("'", ""), CaseFamily.valueOf(update.group(1)));
			}
		}
		assertEquals(38, migrated.size(), "every code accepted before the table: " + migrated.keySet());
		migrated.forEach((code, family) -> CaseType.find(code)
				.ifPresent(type -> assertEquals(type.family(), family, "migrated family of " + code)));
		assertEquals(Set.of("执初", "诉保", "赔", "司救", "行赔"), migrated.keySet().stream()
				.filter(code -> CaseType.find(code).isEmpty()).collect(Collectors.toSet()), "codes no longer accepted");
	}

	@Test
	void noFamilyIsSpelledLikeACode() {
		// a watch rule's type is a code or a family's label: the two must never be the same text
		assertTrue(Arrays.stream(CaseFamily.values()).map(CaseFamily::label).noneMatch(CaseType.codes()::contains));
	}

	@Test
	void courtCodesAreTheHighCourtAloneOrWithTwoOrFourDigits() {
		assertEquals("川", CaseNumber.parse("（2024）川民终5号").courtCode());
		assertEquals("沪72", CaseNumber.parse("（2024）沪72民初5号").courtCode());
		assertEquals("兵0101", CaseNumber.parse("（2024）兵0101民初5号").courtCode());
		assertReason("（2024）川072民初5号", "“川072”", "两位数字");
		assertReason("（2024）川0民初5号", "“川0”", "四位数字");
	}

	private static void assertReason(String text, String... expected) {
		MalformedCaseNumberException e = assertThrows(MalformedCaseNumberException.class, () -> CaseNumber.parse(text));
		for (String part : expected) {
			assertTrue(e.reason().contains(part), "reason for " + text + ": " + e.reason());
		}
	}
}

package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

import ducha.core.DataFolder;
import ducha.core.DuchaException;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerReader;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerTable;
import ducha.core.ledger.LedgerValidationException;

/**
 * The ledger reader against files nobody would write on purpose: random bytes, valid files with random damage,
 * other encodings, endless cells and rows, unclosed quotes, zip bombs and files over the configured limits. Every
 * file ends, within seconds, in a table or in a {@link LedgerValidationException} naming the file; an import stores
 * a file whole or not at all. The files come from a fixed seed, so a failure can be replayed; their count is kept
 * small enough for CI.
 */
class LedgerFuzzTest {

	private static final long SEED = 20_261_207L;
	private static final int CSV_FILES = 300;
	private static final int XLSX_FILES = 60;
	private static final int STAFF_FILES = 40;
	private static final Duration EACH_FILE = Duration.ofSeconds(10);
	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
	private static final String SHEET = "xl/worksheets/sheet1.xml";
	private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

	private static final LedgerColumn NO = new LedgerColumn("no", "编号", true, "1", "");
	private static final LedgerColumn NAME = new LedgerColumn("name", "名称", false, "甲", "");
	private static final LedgerColumn DATE = new LedgerColumn("date", "日期", false, "", "");
	private static final List<LedgerColumn> COLUMNS = List.of(NO, NAME, DATE);

	@TempDir
	Path dir;

	private final LedgerReader reader = Osgi.service(LedgerReader.class);
	private final Random random = new Random(SEED);

	@Test
	void randomAndDamagedCsvFilesEndInATableOrARefusalNamingTheFile() throws IOException {
		byte[] valid = validCsv(40).getBytes(StandardCharsets.UTF_8);
		List<Charset> encodings = List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
				Charset.forName("Big5"), Charset.forName("Shift_JIS"), StandardCharsets.ISO_8859_1,
				Charset.forName("GB18030"));
		int tables = 0;
		for (int i = 0; i < CSV_FILES; i++) {
			byte[] bytes = switch (i % 4) {
			case 0 -> randomBytes(random.nextInt(4096));
			case 1 -> mutate(valid);
			case 2 -> validCsv(10).getBytes(encodings.get(random.nextInt(encodings.size())));
			default -> mutateText(validCsv(20)).getBytes(StandardCharsets.UTF_8);
			};
			tables += readsToATableOrARefusal(write("fuzz-" + i + ".csv", bytes)) ? 1 : 0;
		}
		// the damage is not so heavy that every file is refused, nor so light that none is
		assertTrue(tables > 0 && tables < CSV_FILES, tables + " of " + CSV_FILES + " files read");
	}

	@Test
	void damagedXlsxWorkbooksEndInATableOrARefusalNamingTheFile() throws IOException {
		byte[] valid = validXlsx(30);
		for (int i = 0; i < XLSX_FILES; i++) {
			byte[] bytes = switch (i % 3) {
			case 0 -> mutate(valid);
			case 1 -> replace(valid, SHEET, mutateText(sheetXml(validRows(15))).getBytes(StandardCharsets.UTF_8));
			default -> Arrays.copyOf(valid, random.nextInt(valid.length)); // cut short, as an interrupted copy
			};
			readsToATableOrARefusal(write("fuzz-" + i + ".xlsx", bytes));
		}
	}

	@Test
	void damagedStaffFilesAreStoredWholeOrNotAtAll() throws IOException {
		Osgi.resetCoreTables();
		DirectoryService directory = Osgi.service(DirectoryService.class);
		LedgerService ledgers = Osgi.service(LedgerService.class);
		Fixtures.twoDepartments(directory);
		int stored = 0;
		for (int i = 0; i < STAFF_FILES; i++) {
			StringBuilder text = new StringBuilder("工号,姓名,部门,职务,入职日期,在职状态\n");
			List<String> numbers = new ArrayList<>();
			for (int r = 0; r < 20; r++) {
				String no = String.valueOf(300_000 + i * 100 + r);
				numbers.add(no);
				text.append(no).append(",干警").append(r).append(r % 2 == 0 ? ",民事审判第一庭" : ",XST")
						.append(",审判员,2016-03-0").append(1 + r % 9).append(",在职\n");
			}
			// one file in four stays valid, so that storing is exercised too
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			Path file = write("staff-" + i + ".csv", i % 4 == 0 ? bytes : mutate(bytes));
			long before = directory.staffCount();

			LedgerImportResult result = assertTimeoutPreemptively(EACH_FILE, () -> {
				try {
					return ledgers.importFile("staff", file, Fixtures.ADMIN);
				} catch (DuchaException e) {
					return null;
				}
			});

			if (result == null) {
				assertEquals(before, directory.staffCount(), "a refused file stores nothing: " + file);
				assertTrue(numbers.stream().noneMatch(no -> directory.staff(no).isPresent()), file::toString);
			} else {
				assertEquals(before + result.inserted(), directory.staffCount(), file::toString);
				assertEquals(result.rows(), result.inserted() + result.updated(), file::toString);
				stored++;
			}
		}
		assertTrue(stored >= STAFF_FILES / 4, stored + " files stored");
	}

	@Test
	void aZipBombSheetIsRefusedWithoutUnpackingIt() throws IOException {
		// twenty megabytes of identical rows pack into some ten kilobytes
		byte[] rows = "<row><c t=\"inlineStr\"><is><t>1</t></is></c></row>".repeat(20_000)
				.getBytes(StandardCharsets.UTF_8);
		Path bomb = writeXlsx("炸弹.xlsx", validXlsx(1), SHEET, out -> {
			out.write(sheetStart());
			out.write(validRows(1).getBytes(StandardCharsets.UTF_8));
			for (long written = 0; written < 20L << 20; written += rows.length) {
				out.write(rows);
			}
			out.write(sheetEnd());
		});
		assertTrue(Files.size(bomb) < 2 << 20, "packed " + Files.size(bomb));

		LedgerProblem problem = refused(bomb).ledgerProblems().get(0);

		assertEquals(0, problem.row(), problem::toString);
		assertTrue(problem.reason().contains("压缩炸弹"), problem::toString);
	}

	@Test
	void sharedStringsThatUnpackBeyondTheSizeLimitAreRefusedNamingTheSetting() throws Exception {
		Path workbook = writeXlsx("共享字符串.xlsx", validXlsx(3), SHARED_STRINGS, out -> {
			out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">")
					.getBytes(StandardCharsets.UTF_8));
			// digits do not pack a hundredfold, so POI's own zip-bomb check lets them through
			for (int i = 0; i < 60_000; i++) {
				out.write(("<si><t>" + randomDigits(40) + "</t></si>").getBytes(StandardCharsets.UTF_8));
			}
			out.write("</sst>".getBytes(StandardCharsets.UTF_8));
		});

		withSettings("ledger.max-mb = 1", () -> {
			LedgerValidationException e = refused(workbook);
			assertTrue(e.getMessage().contains("ledger.max-mb"), e.getMessage());
		});
	}

	@Test
	void aCellLongerThanExcelAllowsIsRefusedNamingItsRow() throws IOException {
		// random characters: a repeated one would pack so well that POI's zip-bomb check refused the sheet first
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 40_000; i++) {
			text.append((char) (0x4E00 + random.nextInt(0x5000)));
		}
		String endless = "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>";
		Path workbook = write("长单元格.xlsx",
				replace(validXlsx(1), SHEET, sheetXml(validRows(1) + endless).getBytes(StandardCharsets.UTF_8)));

		LedgerProblem problem = refused(workbook).ledgerProblems().get(0);

		assertEquals(3, problem.row(), problem::toString);
		assertTrue(problem.reason().contains("32,767"), problem.reason());
	}

	@Test
	void aQuoteNeverClosedInALargeCsvIsRefusedAtItsRowWithoutTakingTheRestOfTheFile() throws IOException {
		StringBuilder text = new StringBuilder("编号,名称\n1,\"甲\n");
		while (text.length() < 3 << 20) {
			text.append("2,乙,丙丁戊己庚辛壬癸\n");
		}
		Path file = write("未闭合.csv", text.toString().getBytes(StandardCharsets.UTF_8));

		LedgerProblem problem = refused(file).ledgerProblems().get(0);

		assertEquals(2, problem.row(), problem::toString); // where the quote opens
		assertTrue(problem.reason().contains("引号未闭合"), problem.reason());
	}

	@Test
	void filesOverTheConfiguredLimitsAreRefusedNamingTheFileTheLimitAndTheSetting() throws Exception {
		Path rows = write("行数.csv", validCsv(101).getBytes(StandardCharsets.UTF_8));
		Path fits = write("刚好.csv", validCsv(100).getBytes(StandardCharsets.UTF_8));
		Path emptyRows = write("空行.xlsx", replace(validXlsx(1), SHEET,
				sheetXml(validRows(1) + "<row/>".repeat(5_000)).getBytes(StandardCharsets.UTF_8)));
		Path large = write("大文件.csv", (validCsv(1) + "\n".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8));

		withSettings("ledger.max-rows = 100\nledger.max-mb = 1", () -> {
			assertEquals(100, reader.readTable(fits, COLUMNS, null).rows().size());
			LedgerValidationException tooMany = refused(rows);
			assertEquals("行数.csv", tooMany.ledgerProblems().get(0).file());
			assertTrue(tooMany.getMessage().contains("100 行") && tooMany.getMessage().contains("ledger.max-rows"),
					tooMany.getMessage());
			// a sheet of empty rows costs reading time as well: blank rows count
			assertTrue(refused(emptyRows).getMessage().contains("ledger.max-rows"));
			LedgerValidationException tooLarge = refused(large);
			assertTrue(tooLarge.getMessage().contains("1 MB") && tooLarge.getMessage().contains("ledger.max-mb"),
					tooLarge.getMessage());
		});
		withSettings("ledger.max-rows = viele", () -> assertTrue(refused(fits).getMessage().contains("viele")));
	}

	/** @return whether the file was read into a table (otherwise it was refused naming it) */
	private boolean readsToATableOrARefusal(Path file) {
		String name = file.getFileName().toString();
		return assertTimeoutPreemptively(EACH_FILE, () -> {
			try {
				LedgerTable table = reader.readTable(file, COLUMNS, null);
				assertNotNull(table);
				return true;
			} catch (LedgerValidationException e) {
				assertFalse(e.ledgerProblems().isEmpty(), name);
				for (LedgerProblem problem : e.ledgerProblems()) {
					assertEquals(name, problem.file());
					assertFalse(problem.reason().isBlank(), name);
				}
				return false;
			}
		}, () -> "reading " + name);
	}

	private LedgerValidationException refused(Path file) {
		return assertTimeoutPreemptively(EACH_FILE,
				() -> assertThrows(LedgerValidationException.class, () -> reader.readTable(file, COLUMNS, null)),
				() -> "reading " + file.getFileName());
	}

	/** Runs with these lines added to ducha.properties, then puts the file back as it was. */
	private static void withSettings(String lines, Executable body) throws Exception {
		Path config = DataFolder.configFile();
		byte[] before = Files.exists(config) ? Files.readAllBytes(config) : null;
		try {
			Files.createDirectories(config.getParent());
			Files.writeString(config, (before == null ? "" : new String(before, StandardCharsets.UTF_8)) + "\n" + lines
					+ "\n", StandardCharsets.UTF_8);
			body.execute();
		} catch (Exception | Error e) {
			throw e;
		} catch (Throwable e) {
			throw new AssertionError(e);
		} finally {
			if (before == null) {
				Files.deleteIfExists(config);
			} else {
				Files.write(config, before);
			}
		}
	}

	private static String validCsv(int rows) {
		StringBuilder text = new StringBuilder("编号,名称,日期\n");
		for (int r = 1; r <= rows; r++) {
			text.append(r).append(",\"名称").append(r).append(", 含逗号\",2024-03-0").append(1 + r % 9).append('\n');
		}
		return text.toString();
	}

	/** Random damage to a valid file's bytes: flipped, inserted, removed or repeated bytes. */
	private byte[] mutate(byte[] valid) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(valid);
		byte[] bytes = out.toByteArray();
		int mutations = 1 + random.nextInt(4);
		for (int m = 0; m < mutations && bytes.length > 0; m++) {
			int at = random.nextInt(bytes.length);
			bytes = switch (random.nextInt(4)) {
			case 0 -> {
				bytes[at] = (byte) random.nextInt(256);
				yield bytes;
			}
			case 1 -> splice(bytes, at, 0, randomBytes(1 + random.nextInt(8)));
			case 2 -> splice(bytes, at, Math.min(bytes.length - at, 1 + random.nextInt(64)), new byte[0]);
			default -> splice(bytes, at, 0, Arrays.copyOfRange(bytes, at,
					Math.min(bytes.length, at + 1 + random.nextInt(200))));
			};
		}
		return bytes;
	}

	/** Random damage a person or a program makes to text: stray quotes, separators, line ends, odd characters. */
	private String mutateText(String valid) {
		StringBuilder text = new StringBuilder(valid);
		String[] inserts = { "\"", ",", "\n", "\r", "\u0000", "\uFEFF", "\"\"", "<", "&", "]]>", "\uD83D\uDE00",
				"\uFFFD", "=HYPERLINK(\"x\")", "'", "\t" };
		int mutations = 1 + random.nextInt(5);
		for (int m = 0; m < mutations; m++) {
			int at = random.nextInt(text.length() + 1);
			if (random.nextBoolean()) {
				text.insert(at, inserts[random.nextInt(inserts.length)]);
			} else if (at < text.length()) {
				text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(30)));
			}
		}
		return text.toString();
	}

	private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(bytes, 0, at);
		out.writeBytes(insert);
		out.write(bytes, at + remove, bytes.length - at - remove);
		return out.toByteArray();
	}

	private byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	private String randomDigits(int length) {
		StringBuilder digits = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		return digits.toString();
	}

	/** A workbook as Excel would save it: header, numbers, strings with shared strings. */
	private static byte[] validXlsx(int rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("编号");
			header.createCell(1).setCellValue("名称");
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue("名称" + r);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The header row and data rows as sheet XML, with inline strings. */
	private static String validRows(int rows) {
		StringBuilder xml = new StringBuilder("<row r=\"1\">" + inline("A1", "编号") + inline("B1", "名称") + "</row>");
		for (int r = 2; r <= rows + 1; r++) {
			xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
					.append("</v></c>").append(inline("B" + r, "名称" + r)).append("</row>");
		}
		return xml.toString();
	}

	private static String inline(String reference, String text) {
		return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
	}

	private static String sheetXml(String rows) {
		return new String(sheetStart(), StandardCharsets.UTF_8) + rows + new String(sheetEnd(), StandardCharsets.UTF_8);
	}

	private static byte[] sheetStart() {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN
				+ "\"><sheetData>").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] sheetEnd() {
		return "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] replace(byte[] workbook, String entry, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		rewrite(workbook, entry, zip -> zip.write(content), out);
		return out.toByteArray();
	}

	private Path writeXlsx(String name, byte[] workbook, String entry, EntryWriter content) throws IOException {
		Path file = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			rewrite(workbook, entry, content, out);
		}
		return file;
	}

	/** Copies the workbook's zip entries, the one named written anew (added when the workbook lacks it). */
	private static void rewrite(byte[] workbook, String entry, EntryWriter content, OutputStream target)
			throws IOException {
		boolean written = false;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ZipOutputStream out = new ZipOutputStream(target)) {
			out.setLevel(9);
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals(entry)) {
					content.write(out);
					written = true;
				} else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
			if (!written) {
				out.putNextEntry(new ZipEntry(entry));
				content.write(out);
				out.closeEntry();
			}
		}
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(dir.resolve(name), bytes);
	}

	@FunctionalInterface
	private interface EntryWriter {
		void write(OutputStream out) throws IOException;
	}
}

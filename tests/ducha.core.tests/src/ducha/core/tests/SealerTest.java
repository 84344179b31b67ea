package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import ducha.core.DataFolder;
import ducha.core.DuchaException;
import ducha.core.security.Sealer;

/** The platform's sealing: per-purpose keys in the data folder, values and streams that only open for their purpose. */
class SealerTest {

	private final Sealer sealer = Osgi.service(Sealer.class);

	@Test
	void aSealedValueOpensForItsPurposeOnly() {
		byte[] plain = "证人 张某 13900001234".getBytes(StandardCharsets.UTF_8);

		byte[] sealed = sealer.seal("test-a", plain);

		assertFalse(Arrays.equals(plain, Arrays.copyOfRange(sealed, 12, 12 + plain.length)));
		assertFalse(Arrays.equals(sealed, sealer.seal("test-a", plain)), "a fresh IV each time");
		assertArrayEquals(plain, sealer.open("test-a", sealed));
		assertThrows(DuchaException.class, () -> sealer.open("test-b", sealed));
		sealed[sealed.length - 1] ^= 1;
		assertThrows(DuchaException.class, () -> sealer.open("test-a", sealed), "altered bytes do not open");
		assertTrue(Files.isRegularFile(DataFolder.get().resolve("keys/test-a.key")));
	}

	@Test
	void streamsSealAndOpenLikeValues() throws IOException {
		byte[] plain = "录音文字稿\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream sealed = new ByteArrayOutputStream();
		try (OutputStream out = sealer.sealing("test-a", sealed)) {
			out.write(plain);
		}

		assertArrayEquals(plain, sealer.open("test-a", sealed.toByteArray()));
		try (InputStream in = sealer.opening("test-a", new ByteArrayInputStream(sealed.toByteArray()))) {
			assertArrayEquals(plain, in.readAllBytes());
		}
		try (InputStream in = sealer.opening("test-b", new ByteArrayInputStream(sealed.toByteArray()))) {
			assertThrows(IOException.class, in::readAllBytes);
		}
	}
}

package io.pressroom.store;

import io.pressroom.model.ReleaseSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The stored form of a {@link ReleaseSource}. Unlike the paragraph's, this form must stay readable
 * by every later version — it is what {@code reindex} rebuilds an older index from — so it only
 * ever gains new format numbers, and the reader keeps reading the old ones.
 */
public final class ReleaseSourceCodec {
  private static final byte FORMAT = 1;

  private ReleaseSourceCodec() {}

  /** The bytes of {@code s}. */
  public static byte[] encode(ReleaseSource s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.content().length + 128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeUTF(s.releaseId());
      optional(out, s.name());
      optional(out, s.file());
      out.writeUTF(s.format());
      out.writeInt(s.content().length);
      out.write(s.content());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The source stored as {@code bytes}; IllegalArgumentException for bytes of no known format. */
  public static ReleaseSource decode(byte[] bytes, int offset, int length) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length))) {
      byte format = in.readByte();
      if (format != FORMAT) {
        throw new IllegalArgumentException("stored release source of unknown format " + format);
      }
      String id = in.readUTF();
      String name = optional(in);
      String file = optional(in);
      String how = in.readUTF();
      byte[] content = new byte[in.readInt()];
      in.readFully(content);
      return new ReleaseSource(id, name, file, how, content);
    } catch (IOException e) {
      throw new IllegalArgumentException("stored release source is cut short", e);
    }
  }

  private static void optional(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static String optional(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}

package io.pressroom.solr;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Looks for SolrCloud's collection state in ZooKeeper before a Solr client is built, so that an
 * address without its chroot ({@code zk1:2181} for {@code zk1:2181/solr}) fails at once with a
 * message that says so. Solr's client would instead wait for the state for its whole timeout,
 * logging warnings and a stack trace at each of its tries (about 30 s and thousands of lines).
 *
 * <p>It talks to ZooKeeper with ZooKeeper's own client, which logs nothing above INFO when the
 * server answers. That client comes with SolrJ at run time but is not on Pressroom's compile
 * classpath, so it is called reflectively (four methods of an API stable since ZooKeeper 3.0); if it
 * is absent, the probe is skipped and Solr's client reports what it finds.
 */
final class ZkProbe {
  /** Where SolrCloud keeps the state of its collections, under its chroot. */
  static final String COLLECTIONS = "/collections";

  private static final String ZK = "org.apache.zookeeper.";

  private ZkProbe() {}

  /**
   * Returns if ZooKeeper at {@code hosts} (no chroot) holds a SolrCloud under {@code chroot} ("" or
   * "/solr"); otherwise throws, naming {@code zkHost} as given and where the state is, if it finds it.
   */
  static void check(String zkHost, String hosts, String chroot, Duration timeout) throws IOException {
    Session zk;
    try {
      zk = Session.open(hosts, timeout);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return; // no ZooKeeper client of the expected shape: Solr's client will say what is wrong
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while connecting to ZooKeeper at " + zkHost);
    }
    try {
      if (!zk.awaitConnected(timeout)) {
        throw new IOException("cannot reach SolrCloud's ZooKeeper at " + zkHost + " within " + timeout.toSeconds() + " s");
      }
      if (zk.exists(chroot + COLLECTIONS)) {
        return;
      }
      String found = chrootWithCollections(zk);
      String at = hosts + (found == null ? "/solr" : found);
      throw new IOException(chroot.isEmpty()
          ? "no collection state found at " + zkHost + " — the ZooKeeper address may be missing its chroot, e.g. " + at
          : "no collection state found at " + zkHost + " — the chroot '" + chroot + "' may be wrong"
              + (found == null ? "" : "; SolrCloud's state is at " + at));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while connecting to ZooKeeper at " + zkHost);
    } finally {
      zk.close();
    }
  }

  /** The first top-level node with collection state under it (a chroot such as "/solr"), or null. */
  private static String chrootWithCollections(Session zk) throws IOException, InterruptedException {
    List<String> children = zk.children("/");
    if (children == null) {
      return null; // not allowed to list: the message suggests the usual chroot
    }
    for (String child : children.stream().sorted().toList()) {
      if (!child.equals("zookeeper") && zk.exists("/" + child + COLLECTIONS)) {
        return "/" + child;
      }
    }
    return null;
  }

  /** A ZooKeeper session through ZooKeeper's client, reflectively. */
  private static final class Session {
    private final Object zk;
    private final CountDownLatch connected;
    private final Method exists;
    private final Method getChildren;
    private final Method close;

    private Session(Object zk, CountDownLatch connected, Class<?> type) throws NoSuchMethodException {
      this.zk = zk;
      this.connected = connected;
      this.exists = type.getMethod("exists", String.class, boolean.class);
      this.getChildren = type.getMethod("getChildren", String.class, boolean.class);
      this.close = type.getMethod("close");
    }

    static Session open(String hosts, Duration timeout)
        throws IOException, InterruptedException, ClassNotFoundException, NoSuchMethodException {
      Class<?> type = Class.forName(ZK + "ZooKeeper");
      Class<?> watcherType = Class.forName(ZK + "Watcher");
      CountDownLatch connected = new CountDownLatch(1);
      Object watcher = Proxy.newProxyInstance(watcherType.getClassLoader(), new Class<?>[] {watcherType}, (proxy, m, args) -> {
        switch (m.getName()) {
          case "process" -> {
            Object state = args[0].getClass().getMethod("getState").invoke(args[0]);
            if ("SyncConnected".equals(String.valueOf(state))) {
              connected.countDown();
            }
            return null;
          }
          case "hashCode" -> {
            return System.identityHashCode(proxy);
          }
          case "equals" -> {
            return proxy == args[0];
          }
          default -> {
            return "ZkProbe";
          }
        }
      });
      Object zk = call(() -> type.getConstructor(String.class, int.class, watcherType)
          .newInstance(hosts, (int) timeout.toMillis(), watcher));
      return new Session(zk, connected, type);
    }

    boolean awaitConnected(Duration timeout) throws InterruptedException {
      return connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether node {@code path} exists; an error of ZooKeeper's (no access) counts as no. */
    boolean exists(String path) throws IOException, InterruptedException {
      try {
        return call(() -> exists.invoke(zk, path, false)) != null;
      } catch (KeeperError e) {
        return false;
      }
    }

    /** The children of node {@code path}, or null if ZooKeeper refuses them. */
    @SuppressWarnings("unchecked")
    List<String> children(String path) throws IOException, InterruptedException {
      try {
        return (List<String>) call(() -> getChildren.invoke(zk, path, false));
      } catch (KeeperError e) {
        return null;
      }
    }

    void close() {
      try {
        call(() -> close.invoke(zk));
      } catch (IOException | InterruptedException e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
      }
    }

    /** A reflective call, with what the called method threw unwrapped. */
    private static Object call(Reflective r) throws IOException, InterruptedException {
      try {
        return r.run();
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InterruptedException i) {
          throw i;
        }
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause != null && cause.getClass().getName().startsWith(ZK + "KeeperException")) {
          throw new KeeperError(cause);
        }
        throw new IOException("ZooKeeper's client failed: " + cause, cause);
      } catch (ReflectiveOperationException e) {
        throw new IOException("ZooKeeper's client cannot be called: " + e, e);
      }
    }
  }

  /** A reflective call. */
  @FunctionalInterface
  private interface Reflective {
    Object run() throws ReflectiveOperationException;
  }

  /** ZooKeeper refused an operation (a KeeperException: no node, no access). */
  private static final class KeeperError extends IOException {
    KeeperError(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }
}

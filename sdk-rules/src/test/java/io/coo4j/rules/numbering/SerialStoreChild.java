package io.coo4j.rules.numbering;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second process for {@link FileSerialStoreProcessTest}: allocates from a {@link FileSerialStore} and prints one
 * line {@code TYPE,YY,ENTERPRISE,SERIAL} per serial, only after {@code next} returned it, so that every printed line
 * is a serial that was handed out.
 *
 * <p>Arguments: file, threads, allocations per thread (-1: until killed or every key is exhausted), number of keys,
 * compaction threshold.
 */
public final class SerialStoreChild {
    private SerialStoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        int perThread = Integer.parseInt(args[2]);
        List<SerialKey> keys = keys(Integer.parseInt(args[3]));
        PrintStream out = new PrintStream(System.out, false, "US-ASCII");
        try (SerialStore store = FileSerialStore.open(file, Integer.parseInt(args[4]))) {
            List<Thread> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread worker = new Thread(() -> allocate(store, keys, thread, perThread, out));
                worker.start();
                running.add(worker);
            }
            for (Thread worker : running) {
                worker.join();
            }
        }
        out.flush();
    }

    static List<SerialKey> keys(int count) {
        List<SerialKey> keys = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            keys.add(new SerialKey("45650099" + k, "E", 25));
        }
        return keys;
    }

    private static void allocate(SerialStore store, List<SerialKey> keys, int thread, int perThread, PrintStream out) {
        int exhausted = 0;
        for (int i = 0; perThread < 0 || i < perThread; i++) {
            SerialKey key = keys.get((i + thread) % keys.size());
            int serial;
            try {
                serial = store.next(key);
                exhausted = 0;
            } catch (SerialExhaustedException e) {
                if (++exhausted == keys.size()) {
                    return;
                }
                continue;
            }
            synchronized (out) {
                out.println(key.type() + "," + key.year() + "," + key.enterpriseId() + "," + serial);
                out.flush();
            }
        }
    }
}

/**
 * In an LMS's frame the browser may deny the page its storage (third-party storage blocked with third-party cookies):
 * reading sessionStorage or localStorage then throws. The page keeps what it would store in memory instead, for as
 * long as it is open; a launch hands it its token again. Imported first, before any screen touches storage.
 */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

for (const name of ['sessionStorage', 'localStorage'] as const) {
  try {
    window[name].getItem('quizbank');
  } catch {
    Object.defineProperty(window, name, { value: new MemoryStorage(), configurable: true });
  }
}

export {};

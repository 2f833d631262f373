export async function exampleCommand(): Promise<number> { return 0; }

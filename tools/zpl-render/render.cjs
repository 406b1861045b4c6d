// Render ZPL labels to PNG files: reads [{zpl, widthMm, heightMm, dpmm, out}, …] as JSON on
// stdin, writes each PNG to its `out` path. One process for a whole batch: loading the
// WebAssembly renderer takes longer than rendering a label.
const fs = require("node:fs");
const { ready } = require("zpl-renderer-js");

(async () => {
  const { api } = await ready;
  const jobs = JSON.parse(fs.readFileSync(0, "utf8"));
  for (const job of jobs) {
    const png = await api.zplToBase64Async(job.zpl, job.widthMm, job.heightMm, job.dpmm);
    fs.writeFileSync(job.out, Buffer.from(png, "base64"));
  }
})().catch((error) => {
  console.error(String(error && error.stack ? error.stack : error));
  process.exit(1);
});

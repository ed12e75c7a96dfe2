console.log('hello from ess', process.argv.slice(2));
